using System.Globalization;
using System.Collections.Concurrent;
using System.Text.Json;
using Dataset.Annotations.Caching;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using Nerdbank.Streams;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// A client and the server in one process over a full-duplex stream (as Bicep's language server tests itself): the
/// client speaks JSON-RPC with the LSP headers, the server runs as <c>dataset lsp</c> runs it.
/// </summary>
internal sealed class LspSession : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Diagnostic[]> _diagnostics = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PublishDiagnosticsParams> _publications = new();
    private readonly ConcurrentQueue<JsonElement> _registrations = new();
    private readonly SemaphoreSlim _published = new(0);
    private readonly SemaphoreSlim _registered = new(0);
    private readonly ErrorRecordingHandler _handler;
    private readonly Task _server;
    private readonly Stream _clientStream;

    private LspSession(string root, string? annotations, AnalysisProbe probe, CacheLocation cache)
    {
        Root = root;
        var (client, server) = FullDuplexStream.CreatePair();
        _clientStream = client;
        _server = LanguageServerHost.RunAsync(server, server, annotations, TextWriter.Null, probe, cache);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LanguageServerHost.JsonOptions };
        _handler = new ErrorRecordingHandler(client, formatter);
        Rpc = new JsonRpc(_handler);
        Rpc.AddLocalRpcMethod(
            typeof(LspSession).GetMethod(nameof(OnDiagnostics), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!,
            this,
            new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        Rpc.AddLocalRpcMethod(
            typeof(LspSession).GetMethod(nameof(OnRegisterCapability), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!,
            this,
            new JsonRpcMethodAttribute("client/registerCapability") { UseSingleObjectParameterDeserialization = true });
        Rpc.StartListening();
    }

    public string Root { get; }

    public JsonRpc Rpc { get; }

    /// <summary>The raw stream to the server, for malformed input.</summary>
    public Stream Wire => _clientStream;

    /// <summary>
    /// Starts a server and initializes it, with the client's capabilities (none by default), a probe of its analyses
    /// and where it keeps its cache (by default a folder of this test run's, so that every test starts and saves one).
    /// </summary>
    public static async Task<LspSession> StartAsync(
        string root,
        string? annotations = null,
        AnalysisProbe? probe = null,
        object? capabilities = null,
        CacheLocation? cache = null)
    {
        var session = new LspSession(root, annotations, probe ?? new AnalysisProbe(), cache ?? new CacheLocation(TestCache.Folder));
        await session.Rpc.InvokeWithParameterObjectAsync<JsonElement>(
            "initialize",
            new { processId = (int?)null, rootUri = new Uri(root).AbsoluteUri, capabilities = capabilities ?? new { } });
        await session.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return session;
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public Diagnostic[] DiagnosticsOf(string path) => _diagnostics.TryGetValue(Uri(path), out var found) ? found : [];

    /// <summary>Every publication so far, of every file, in the order they came.</summary>
    public PublishDiagnosticsParams[] Publications => _publications.ToArray();

    /// <summary>Every publication of a file's diagnostics so far, in the order they came.</summary>
    public PublishDiagnosticsParams[] PublicationsOf(string path) => _publications.Where(p => p.Uri == Uri(path)).ToArray();

    /// <summary>The error codes of the error responses the server sent, in the order they came.</summary>
    public long[] ErrorCodes => _handler.ErrorCodes;

    /// <summary>Waits until a publication of a file's diagnostics satisfies a condition.</summary>
    public async Task<PublishDiagnosticsParams> WaitForPublicationAsync(string path, Func<PublishDiagnosticsParams, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (PublicationsOf(path).FirstOrDefault(condition) is { } found)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"No publication of {Path.GetFileName(path)} met the condition; versions published: " +
                        $"{string.Join(", ", PublicationsOf(path).Select(p => p.Version?.ToString(CultureInfo.InvariantCulture) ?? "none"))}");
            }

            await _published.WaitAsync(left);
        }
    }

    /// <summary>The first client/registerCapability the server sent.</summary>
    public async Task<JsonElement> WaitForRegistrationAsync(int seconds = 30)
    {
        Assert.True(await _registered.WaitAsync(TimeSpan.FromSeconds(seconds)), "The server registered nothing.");
        _registrations.TryPeek(out var registration);
        return registration;
    }

    /// <summary>Waits until the server has sent an error response.</summary>
    public Task<long> WaitForErrorAsync(int seconds = 30) => _handler.FirstError.Task.WaitAsync(TimeSpan.FromSeconds(seconds));

    /// <summary>Waits until the diagnostics of a file satisfy a condition (they are published after each analysis).</summary>
    public async Task<Diagnostic[]> WaitForDiagnosticsAsync(string path, Func<Diagnostic[], bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (_diagnostics.TryGetValue(Uri(path), out var found) && condition(found))
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"The diagnostics of {Path.GetFileName(path)} never met the condition; last: " +
                        $"{string.Join("; ", found?.Select(d => d.Code + " " + d.Message) ?? ["none published"])}");
            }

            await _published.WaitAsync(left);
        }
    }

    public Task OpenAsync(string path, string? text = null) =>
        Rpc.NotifyWithParameterObjectAsync(
            "textDocument/didOpen",
            new DidOpenTextDocumentParams(new TextDocumentItem(Uri(path), "yaml", 1, text ?? File.ReadAllText(path))));

    public Task ChangeAsync(string path, string text, int version = 2) =>
        Rpc.NotifyWithParameterObjectAsync(
            "textDocument/didChange",
            new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri(path), version), [new TextDocumentContentChangeEvent(null, text)]));

    public Task<T> RequestAsync<T>(string method, object parameters) => Rpc.InvokeWithParameterObjectAsync<T>(method, parameters);

    public static object At(string path, int line, int character) =>
        new TextDocumentPositionParams(new TextDocumentIdentifier(Uri(path)), new Position(line, character));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Rpc.InvokeAsync<object?>("shutdown");
            await Rpc.NotifyAsync("exit");
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or RemoteRpcException)
        {
            // A test that broke the connection on purpose has nothing left to shut down.
        }

        Rpc.Dispose();
        await Task.WhenAny(_server, Task.Delay(TimeSpan.FromSeconds(10)));
        await _clientStream.DisposeAsync();
    }

    private void OnDiagnostics(JsonElement parameters)
    {
        var published = parameters.Deserialize<PublishDiagnosticsParams>(LanguageServerHost.JsonOptions)!;
        _diagnostics[published.Uri] = published.Diagnostics;
        _publications.Enqueue(published);
        _published.Release();
    }

    private object? OnRegisterCapability(JsonElement parameters)
    {
        _registrations.Enqueue(parameters.Clone());
        _registered.Release();
        return null;
    }

    /// <summary>
    /// The LSP framing, noting the code of every error response the server sends (what the protocol carries, not the exception a client makes of it).
    /// </summary>
    private sealed class ErrorRecordingHandler(Stream stream, IJsonRpcMessageFormatter formatter) : HeaderDelimitedMessageHandler(stream, stream, formatter)
    {
        private readonly ConcurrentQueue<long> _codes = new();

        public TaskCompletionSource<long> FirstError { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long[] ErrorCodes => _codes.ToArray();

        protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
        {
            var message = await base.ReadCoreAsync(cancellationToken);
            if (message is JsonRpcError { Error: { } error })
            {
                _codes.Enqueue((long)error.Code);
                FirstError.TrySetResult((long)error.Code);
            }

            return message;
        }
    }
}
