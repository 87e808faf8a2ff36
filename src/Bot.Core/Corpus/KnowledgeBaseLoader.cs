using Bot.Core.Normalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Corpus;

/// <summary>
/// Loads the knowledge base at host start (a failure stops the host) and, with <c>Corpus:WatchForChanges</c>,
/// rebuilds it when a document or the glossary changes; a failed reload keeps the previous knowledge base.
/// </summary>
public sealed partial class KnowledgeBaseLoader(
    IKnowledgeBaseProvider store,
    ChineseScripts scripts,
    IOptions<CorpusOptions> options,
    TimeProvider timeProvider,
    ILogger<KnowledgeBaseLoader> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _reloadTimer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        scripts.WarmUp();
        if (options.Value.WatchForChanges)
        {
            Watch(PathResolver.Resolve(options.Value.SeedsPath), "*.txt");
            var glossary = PathResolver.Resolve(options.Value.GlossaryPath);
            Watch(Path.GetDirectoryName(glossary)!, Path.GetFileName(glossary));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _reloadTimer?.Dispose();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _stopping.Dispose();
    }

    private void Watch(string directory, string filter)
    {
        var watcher = new FileSystemWatcher(directory, filter) { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        watcher.Changed += (_, _) => ScheduleReload();
        watcher.Created += (_, _) => ScheduleReload();
        watcher.Deleted += (_, _) => ScheduleReload();
        watcher.Renamed += (_, _) => ScheduleReload();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    // Editors write a file in several steps; reload once things settle.
    private void ScheduleReload()
    {
        lock (_watchers)
        {
            _reloadTimer ??= timeProvider.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _reloadTimer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await store.LoadAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // A background reload has no caller to throw to: report it and keep serving the previous index.
            LogReloadFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the documents or glossary failed; the previous index stays in use")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
