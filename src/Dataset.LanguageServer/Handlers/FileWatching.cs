using System.Text.Json;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// Asks the client to watch the workspace's annotations and articles (<c>**/*.{yaml,yml,txt}</c> under its folder)
/// and to send <c>workspace/didChangeWatchedFiles</c>, when it says it can be asked (dynamic registration).
/// </summary>
internal static class FileWatching
{
    public const string Pattern = "**/*.{yaml,yml,txt}";

    public static bool IsSupportedBy(JsonElement? capabilities) =>
        Flag(capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration");

    public static async Task RegisterAsync(JsonRpc rpc, string folder, JsonElement capabilities, TextWriter log)
    {
        // A client without relative patterns gets one glob with the folder in it.
        object glob = Flag(capabilities, "workspace", "didChangeWatchedFiles", "relativePatternSupport")
            ? new RelativePattern(WorkspacePaths.ToUri(folder), Pattern)
            : folder + "/" + Pattern;
        var registration = new Registration(
            "dataset-watched-files",
            "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher(glob)]));
        try
        {
            await rpc.InvokeWithParameterObjectAsync<object?>("client/registerCapability", new RegistrationParams([registration])).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteRpcException or ConnectionLostException or ObjectDisposedException)
        {
            // Without watching, files changed outside the editor are read again when saved or reopened.
            await log.WriteLineAsync($"dataset lsp: the client did not watch the files: {e.Message}").ConfigureAwait(false);
        }
    }

    private static bool Flag(JsonElement? element, params string[] path)
    {
        if (element is not { } current)
        {
            return false;
        }

        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return false;
            }
        }

        return current.ValueKind == JsonValueKind.True;
    }
}
