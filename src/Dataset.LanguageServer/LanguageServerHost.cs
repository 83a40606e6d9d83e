using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace Dataset.LanguageServer;

/// <summary>Runs the language server over a pair of streams (stdin and stdout for `dataset lsp`; a pipe in tests).</summary>
public static class LanguageServerHost
{
    /// <summary>The wire format: LSP's camelCase JSON, nulls left out.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serves until the client sends <c>exit</c> or closes the connection.</summary>
    /// <param name="input">What the client writes (standard input).</param>
    /// <param name="output">What the server writes: protocol only (standard output).</param>
    /// <param name="annotations">The annotations folder, when given; else the client's root's annotations/, else the root.</param>
    /// <param name="log">Where the server logs (standard error).</param>
    /// <param name="cancellationToken">Stops serving.</param>
    public static async Task RunAsync(Stream input, Stream output, string? annotations, TextWriter log, CancellationToken cancellationToken = default)
    {
        var server = new DatasetLanguageServer(annotations, log);
        using var rpc = Connect(input, output, server);
        await Task.WhenAny(rpc.Completion, server.Exited, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
    }

    internal static JsonRpc Connect(Stream input, Stream output, DatasetLanguageServer server)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = JsonOptions };
        var rpc = new JsonRpc(new TolerantMessageHandler(output, input, formatter, server.Log));
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server.Attach(rpc);
        rpc.StartListening();
        return rpc;
    }
}
