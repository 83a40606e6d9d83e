using System.Text;
using System.Text.Json;
using Dataset.Annotations.Caching;
using Dataset.LanguageServer;
using Dataset.LanguageServer.Server;
using Nerdbank.Streams;

namespace Dataset.Fuzz;

/// <summary>
/// The language server's message handling: after a proper initialize, each line of the input is sent as one message
/// (framed with its Content-Length, whatever its content), then a document-symbol request must still be answered
/// within 5 s. A server that stops answering, hangs or throws out of its loop is a finding. The client here reads
/// frames itself: the answers to the fuzzed requests are nobody's to match.
/// </summary>
public static class LspTarget
{
    private static readonly string Root = Directory.CreateTempSubdirectory("dataset-fuzz-lsp-").FullName;

    public static void Run(byte[] input) => RunAsync(input).GetAwaiter().GetResult();

    private static async Task RunAsync(byte[] input)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var serving = LanguageServerHost.RunAsync(server, server, null, TextWriter.Null, new AnalysisProbe(), CacheLocation.Off, cancel.Token);
        try
        {
            await SendAsync(
                client,
                JsonSerializer.Serialize(
                    new { jsonrpc = "2.0", id = "initialize", method = "initialize", @params = new { rootUri = new Uri(
                        Root).AbsoluteUri, capabilities = new { } } }));
            foreach (var message in Encoding.UTF8.GetString(input).Split('\n'))
            {
                await SendAsync(client, message);
            }

            var symbols = new { textDocument = new { uri = new Uri(Path.Combine(Root, "a.yaml")).AbsoluteUri } };
            await SendAsync(client, JsonSerializer.Serialize(new { jsonrpc = "2.0", id = "final", method = "textDocument/documentSymbol", @params = symbols }));
            while (true)
            {
                using var answer = JsonDocument.Parse(await ReadAsync(client, cancel.Token));
                if (answer.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == "final")
                {
                    if (answer.RootElement.TryGetProperty("error", out var error))
                    {
                        throw new InvalidOperationException("The final request failed: " + error);
                    }

                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The server stopped answering.");
        }
        finally
        {
            await cancel.CancelAsync();
            await serving;
            await client.DisposeAsync();
        }
    }

    private static async Task SendAsync(Stream stream, string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    /// <summary>One message the server wrote: its headers, then Content-Length bytes.</summary>
    private static async Task<byte[]> ReadAsync(Stream stream, CancellationToken cancellation)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellation) == 0)
            {
                throw new EndOfStreamException("The server closed the connection.");
            }

            header.Append((char)one[0]);
        }

        var length = int.Parse(
            header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellation);
        return body;
    }
}
