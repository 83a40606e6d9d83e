using System.Collections.Concurrent;
using System.Text.Json;
using Dataset.LanguageServer;
using Dataset.LanguageServer.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// A client and the server in one process over a full-duplex stream (as Bicep's language server tests itself): the
/// client speaks JSON-RPC with the LSP headers, the server runs as <c>dataset lsp</c> runs it.
/// </summary>
internal sealed class LspSession : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Diagnostic[]> _diagnostics = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _published = new(0);
    private readonly Task _server;
    private readonly Stream _clientStream;

    private LspSession(string root, string? annotations)
    {
        Root = root;
        var (client, server) = FullDuplexStream.CreatePair();
        _clientStream = client;
        _server = LanguageServerHost.RunAsync(server, server, annotations, TextWriter.Null);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LanguageServerHost.JsonOptions };
        Rpc = new JsonRpc(new HeaderDelimitedMessageHandler(client, client, formatter));
        Rpc.AddLocalRpcMethod(
            typeof(LspSession).GetMethod(nameof(OnDiagnostics), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!,
            this,
            new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        Rpc.StartListening();
    }

    public string Root { get; }

    public JsonRpc Rpc { get; }

    /// <summary>The raw stream to the server, for malformed input.</summary>
    public Stream Wire => _clientStream;

    public static async Task<LspSession> StartAsync(string root, string? annotations = null)
    {
        var session = new LspSession(root, annotations);
        await session.Rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = new Uri(root).AbsoluteUri, capabilities = new { } });
        await session.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return session;
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public Diagnostic[] DiagnosticsOf(string path) => _diagnostics.TryGetValue(Uri(path), out var found) ? found : [];

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
                throw new TimeoutException($"The diagnostics of {Path.GetFileName(path)} never met the condition; last: {string.Join("; ", found?.Select(d => d.Code + " " + d.Message) ?? ["none published"])}");
            }

            await _published.WaitAsync(left);
        }
    }

    public Task OpenAsync(string path, string? text = null) =>
        Rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri(path), "yaml", 1, text ?? File.ReadAllText(path))));

    public Task ChangeAsync(string path, string text, int version = 2) =>
        Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri(path), version), [new TextDocumentContentChangeEvent(null, text)]));

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
        _published.Release();
    }
}
