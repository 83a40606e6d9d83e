using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Dataset.LanguageServer;

/// <summary>
/// LSP's framing (Content-Length headers) that passes over a message it cannot read instead of closing the
/// connection, as StreamJsonRpc would: a client's malformed JSON costs that message, not the session.
/// </summary>
internal sealed class TolerantMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, TextWriter log)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or InvalidOperationException or ArgumentException
                && !cancellationToken.IsCancellationRequested)
            {
                await log.WriteLineAsync($"dataset lsp: a message that is not JSON-RPC was passed over: {e.Message}").ConfigureAwait(false);
            }
        }
    }
}
