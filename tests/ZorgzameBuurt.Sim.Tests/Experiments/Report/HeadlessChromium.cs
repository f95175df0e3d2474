using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Report;

/// <summary>
/// Minimal driver for Debian's headless Chromium over the DevTools protocol (one WebSocket on loopback, one page
/// attached in flat session mode). Enough to load a file, evaluate script and collect network requests and script
/// exceptions. Never downloads a browser: it uses <see cref="ExecutablePath"/> and fails clearly without it.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly string _profileDir;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task? _receiveLoop;
    private int _nextId;
    private string? _sessionId;

    private HeadlessChromium(Process process, string profileDir)
    {
        _process = process;
        _profileDir = profileDir;
    }

    /// <summary>Events received so far (method, params), e.g. Network.requestWillBeSent.</summary>
    public IReadOnlyList<(string Method, JsonElement Params)> Events => [.. _events];

    /// <summary>Starts Chromium with a fresh profile and attaches to a blank page.</summary>
    public static async Task<HeadlessChromium> LaunchAsync(int width = 1280, int height = 900)
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"Chromium was not found at {ExecutablePath}. The report tests open report.html in Debian's Chromium; " +
                        "`.ci/run` installs it (apt-get install chromium). Locally: apt-get update && apt-get install -y chromium.");
        }

        var profile = Directory.CreateTempSubdirectory("zb-chromium-").FullName;
        var psi = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-extensions", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                     "--disable-component-update", "--mute-audio", "--hide-scrollbars", "--force-device-scale-factor=1",
                     $"--window-size={width},{height}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                     $"--user-data-dir={profile}", "about:blank",
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var browser = new HeadlessChromium(process, profile);
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            log.Enqueue(e.Data);
            var m = DevToolsLine().Match(e.Data);
            if (m.Success) endpoint.TrySetResult(m.Groups[1].Value);
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        try
        {
            var started = await Task.WhenAny(endpoint.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(15)));
            if (started != endpoint.Task)
            {
                throw new InvalidOperationException(
                    $"Chromium did not report a DevTools endpoint (exited: {process.HasExited}). stderr:\n{string.Join('\n', log)}");
            }

            await browser.ConnectAsync(new Uri(endpoint.Task.Result));
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    private async Task ConnectAsync(Uri browserEndpoint)
    {
        using (var cts = new CancellationTokenSource(CommandTimeout))
        {
            await _socket.ConnectAsync(browserEndpoint, cts.Token);
        }

        _receiveLoop = Task.Run(ReceiveLoopAsync);
        var target = await SendBrowserAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await SendBrowserAsync("Target.attachToTarget",
            new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true });
        _sessionId = attached.GetProperty("sessionId").GetString();
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
        await SendAsync("Network.enable");
    }

    /// <summary>Navigates the page to <paramref name="url"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string url)
    {
        var before = _events.Count(e => e.Method == "Page.loadEventFired");
        var result = await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        if (result.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
            throw new InvalidOperationException($"Navigation to {url} failed: {text}");
        await WaitUntilAsync(() => Task.FromResult(_events.Count(e => e.Method == "Page.loadEventFired") > before),
            TimeSpan.FromSeconds(15), $"load event of {url}");
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting promises) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        });
        if (result.TryGetProperty("exceptionDetails", out var details))
            throw new InvalidOperationException($"Script failed: {details}");
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v : default;
    }

    /// <summary>PNG screenshot of the whole page.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(result.GetProperty("data").GetString() ?? "");
    }

    /// <summary>Polls <paramref name="condition"/> until true, or fails after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var sw = Stopwatch.StartNew();
        while (!await condition())
        {
            if (sw.Elapsed > timeout) throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}.");
            await Task.Delay(50);
        }
    }

    private Task<JsonElement> SendBrowserAsync(string method, JsonObject? parameters = null) => SendCoreAsync(method, parameters, null);

    private Task<JsonElement> SendAsync(string method, JsonObject? parameters = null) =>
        SendCoreAsync(method, parameters, _sessionId ?? throw new InvalidOperationException("No page attached."));

    private async Task<JsonElement> SendCoreAsync(string method, JsonObject? parameters, string? sessionId)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null) message["sessionId"] = sessionId;
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sendLock.Release();
        }

        var done = await Task.WhenAny(reply.Task, Task.Delay(CommandTimeout));
        if (done != reply.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"DevTools command {method} got no reply within {CommandTimeout.TotalSeconds:F0} s.");
        }

        return await reply.Task;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var r = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (r.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, r.Count);
                if (!r.EndOfMessage) continue;
                using (var doc = JsonDocument.Parse(message.ToArray()))
                {
                    var root = doc.RootElement.Clone();
                    if (root.TryGetProperty("id", out var idElement) && _pending.TryRemove(idElement.GetInt32(), out var tcs))
                    {
                        if (root.TryGetProperty("error", out var error))
                            tcs.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
                        else
                            tcs.TrySetResult(root.TryGetProperty("result", out var result) ? result : default);
                    }
                    else if (root.TryGetProperty("method", out var method))
                    {
                        _events.Enqueue((method.GetString() ?? "", root.TryGetProperty("params", out var p) ? p : default));
                    }
                }

                message.SetLength(0);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            foreach (var pending in _pending.Values) pending.TrySetCanceled();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                var close = SendBrowserAsync("Browser.close");
                await Task.WhenAny(close, Task.Delay(2000));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or WebSocketException or TimeoutException or OperationCanceledException)
        {
        }

        await _stop.CancelAsync();
        if (_receiveLoop is not null) await Task.WhenAny(_receiveLoop, Task.Delay(2000));
        _socket.Dispose();

        using (var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _process.WaitForExitAsync(exit.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
        try
        {
            Directory.Delete(_profileDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
