namespace Bot.Host.Hosting;

/// <summary>The platform server's listener address and shutdown budget.</summary>
public static class ServerHostingExtensions
{
    /// <summary>Outside a container the listener stays on loopback unless <c>ASPNETCORE_URLS</c> (or <c>urls</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    private static readonly TimeSpan ShutdownBudget = TimeSpan.FromSeconds(8);

    public static IWebHostBuilder UseDefaultListener(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration["urls"] ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        return string.IsNullOrWhiteSpace(urls) ? webHost.UseUrls(DefaultUrl) : webHost.UseUrls(urls);
    }

    /// <summary>On SIGTERM the host stops taking questions and gives work in flight up to 8 s, so it exits inside 10 s.</summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services) =>
        services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownBudget);
}
