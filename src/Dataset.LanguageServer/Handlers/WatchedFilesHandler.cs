using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// workspace/didChangeWatchedFiles: the files are read again as one change, so a checkout that touches a thousand
/// files costs one analysis (and notifications that arrive while one runs join the next).
/// </summary>
internal sealed class WatchedFilesHandler(ServerContext context)
{
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        var paths = (request.Changes ?? [])
            .Select(c => c?.Uri is { } uri ? context.InWorkspace(uri) : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (paths.Count > 0)
        {
            context.Documents.Refresh(paths);
            context.Analyses.Changed();
        }
    }
}
