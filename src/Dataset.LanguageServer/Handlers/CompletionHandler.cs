using Dataset.Annotations.Paths;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// textDocument/completion: the line is read from the document's latest version (the one the position is in), the ids
/// from the latest analysis that settled them — ids of other files do not change as this one is typed, so completion
/// does not wait for the analysis of each keystroke.
/// </summary>
internal sealed class CompletionHandler(ServerContext context)
{
    private static readonly CompletionList None = new(false, []);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public async Task<CompletionList> CompletionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        if (context.InWorkspace(request.TextDocument.Uri) is not { } path || !ArticlePaths.IsAnnotation(path))
        {
            return None;
        }

        // Read before waiting: the position is in the version the client had when it asked.
        var open = context.Documents.Find(path)?.Text;
        var analysed = context.Analyses.Declarations ?? await context.DeclarationsOfAsync(path, cancellationToken).ConfigureAwait(false);
        var text = open ?? analysed.Snapshot.Texts.GetValueOrDefault(path);
        return text is null ? None : Features.Completion.At(analysed.Snapshot, text, request.Position);
    }
}
