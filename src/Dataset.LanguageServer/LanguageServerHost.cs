using System.Text.Json;
using System.Text.Json.Serialization;
using Dataset.Annotations.Caching;
using Dataset.LanguageServer.Handlers;
using Dataset.LanguageServer.Server;
using Microsoft.VisualStudio.Threading;
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
    public static Task RunAsync(Stream input, Stream output, string? annotations, TextWriter log, CancellationToken cancellationToken = default) =>
        RunAsync(input, output, annotations, log, new AnalysisProbe(), CacheLocation.Default, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(Stream, Stream, string?, TextWriter, CancellationToken)"/>, with the analyses counted and
    /// hooked, and the analysis cache kept where <paramref name="cache"/> says (or not at all).
    /// </summary>
    internal static async Task RunAsync(
        Stream input,
        Stream output,
        string? annotations,
        TextWriter log,
        AnalysisProbe probe,
        CacheLocation cache,
        CancellationToken cancellationToken = default)
    {
        // The analysis runs on a pool thread and spreads its steps over every core: with the pool at its minimum, a
        // parallel step would wait for threads the pool adds only slowly.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 4 * Environment.ProcessorCount), ports);
        var context = new ServerContext(annotations, log, probe, cache);
        using var rpc = Connect(input, output, context);
        await Task.WhenAny(rpc.Completion, context.Exited, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
    }

    private static JsonRpc Connect(Stream input, Stream output, ServerContext context)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = JsonOptions };
        var rpc = new JsonRpc(new TolerantMessageHandler(output, input, formatter, context.Log))
        {
            // Messages are dispatched one at a time in the order they came: document notifications (synchronous) are
            // applied strictly in order, and a request starts after every edit sent before it. Requests then await
            // their analysis off this context, so they do not hold the queue.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        var options = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true };
        foreach (var handler in Handlers(context))
        {
            rpc.AddLocalRpcTarget(handler, options);
        }

        context.Rpc = rpc;
        rpc.StartListening();
        return rpc;
    }

    /// <summary>One handler per LSP feature.</summary>
    private static IEnumerable<object> Handlers(ServerContext context) =>
    [
        new LifecycleHandler(context),
        new TextSyncHandler(context),
        new WatchedFilesHandler(context),
        new CompletionHandler(context),
        new HoverHandler(context),
        new NavigationHandler(context),
        new RenameHandler(context),
        new CodeActionHandler(context),
        new SymbolHandler(context),
    ];
}
