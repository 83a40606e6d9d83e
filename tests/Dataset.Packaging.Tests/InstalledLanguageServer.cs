using System.Diagnostics;
using System.Text.Json;
using StreamJsonRpc;

namespace Dataset.Packaging.Tests;

/// <summary>The installed tool's `dataset lsp` as an editor starts it: a process spoken to over its standard input and output.</summary>
internal static class InstalledLanguageServer
{
    /// <summary>Starts `dataset lsp` in a folder and returns the diagnostics it publishes for one file once they satisfy a condition.</summary>
    public static async Task<JsonElement[]> DiagnosticsAsync(string tool, string folder, string file, Func<JsonElement[], bool> condition)
    {
        var start = new ProcessStartInfo(tool, ["lsp"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[TestCache.Variable] = TestCache.Folder;
        using var process = Process.Start(start)!;
        var published = new TaskCompletionSource<JsonElement[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var uri = new Uri(file).AbsoluteUri;
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        rpc.AddLocalRpcMethod(
            typeof(Listener).GetMethod(nameof(Listener.OnDiagnostics))!,
            new Listener(uri, condition, published),
            new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        try
        {
            await rpc.InvokeWithParameterObjectAsync<JsonElement>(
                "initialize",
                new { processId = Environment.ProcessId, rootUri = new Uri(folder).AbsoluteUri, capabilities = new { } });
            await rpc.NotifyWithParameterObjectAsync("initialized", new { });
            return await published.Task.WaitAsync(TimeSpan.FromMinutes(1));
        }
        finally
        {
            await rpc.InvokeAsync<object?>("shutdown");
            await rpc.NotifyAsync("exit");
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private sealed class Listener(string uri, Func<JsonElement[], bool> condition, TaskCompletionSource<JsonElement[]> published)
    {
        public void OnDiagnostics(JsonElement parameters)
        {
            var diagnostics = parameters.GetProperty("diagnostics").EnumerateArray().ToArray();
            if (parameters.GetProperty("uri").GetString() == uri && condition(diagnostics))
            {
                published.TrySetResult(diagnostics);
            }
        }
    }
}
