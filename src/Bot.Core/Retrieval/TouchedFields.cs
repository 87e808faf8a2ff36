namespace Bot.Core.Retrieval;

/// <summary>The fields a scoring pass wrote to, so they can be read and reset without scanning every field.</summary>
public sealed class TouchedFields(int capacity)
{
    private readonly bool[] _marked = new bool[capacity];
    private readonly List<int> _fields = [];

    public IReadOnlyList<int> Fields => _fields;

    public void Add(int field)
    {
        if (!_marked[field])
        {
            _marked[field] = true;
            _fields.Add(field);
        }
    }

    public void Clear()
    {
        foreach (var field in _fields)
        {
            _marked[field] = false;
        }

        _fields.Clear();
    }
}
