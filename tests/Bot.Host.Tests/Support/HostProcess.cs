using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Bot.Host.Tests.Support;

/// <summary>
/// The built Bot.Host.dll running as a child process, the way the container runs it: `dotnet Bot.Host.dll …`
/// from a working directory holding seeds/ and config/, configured by environment variables only.
/// Every stdout and stderr line is kept so a test can search them.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    // Only what `dotnet` itself needs passes from the test runner; the rest of the environment is the test's.
    private static readonly string[] InheritedVariables = ["PATH", "HOME", "TMPDIR", "DOTNET_ROOT", "DOTNET_ROOT_X64", "DOTNET_ROOT_ARM64"];

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource _streamsClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _openStreams = 2;

    private HostProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The host dll: next to the tests when the build copied it with its runtimeconfig, else the project's own output.</summary>
    public static string HostDll
    {
        get
        {
            var besideTests = Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");
            if (File.Exists(Path.ChangeExtension(besideTests, ".runtimeconfig.json")))
            {
                return besideTests;
            }

            var output = typeof(HostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "BotHostOutputDirectory").Value!;
            return Path.Combine(output, "Bot.Host.dll");
        }
    }

    /// <summary>Starts <c>dotnet</c> with <paramref name="arguments"/> (the dll path included) and exactly <paramref name="environment"/>.</summary>
    public static HostProcess Start(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var name in InheritedVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => host.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => host.Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>A TCP port that was free a moment ago on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>What `docker stop` sends. Process.Kill would be SIGKILL, which no program can handle.</summary>
    public async Task SendSigtermAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the process to exit and its output to be read; null when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        await _streamsClosed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            if (Interlocked.Decrement(ref _openStreams) == 0)
            {
                _streamsClosed.TrySetResult();
            }

            return;
        }

        lock (_gate)
        {
            _lines.Add(line);
        }
    }
}
