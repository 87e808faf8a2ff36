namespace Bot.Telegram.Api;

/// <summary>The Bot API envelope: <c>{ok, result}</c> on success, <c>{ok:false, error_code, description, parameters}</c> on failure.</summary>
public sealed record ApiResponse<T>(
    bool Ok,
    T? Result = default,
    int? ErrorCode = null,
    string? Description = null,
    ResponseParameters? Parameters = null);
