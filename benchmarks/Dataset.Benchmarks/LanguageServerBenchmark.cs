using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using StreamJsonRpc;

namespace Dataset.Benchmarks;

/// <summary>
/// `dataset lsp` as an editor uses it, on the synthetic corpus of N articles: the tool started as a process, a client
/// over its standard input and output. Measures initialize → first diagnostics (and → every file's), one-character
/// edits → that file's diagnostics republished (each edit adds or removes a letter of a speaker, so the diagnostics
/// change every time), completion after "speaker: ", and the server's resident memory.
/// </summary>
public static class LanguageServerBenchmark
{
    public static async Task RunAsync(int articles, int edits)
    {
        var folder = Path.Combine(Workspace.Folder, $"lsp-{articles}");
        var corpus = CorpusMaker.SyntheticCorpus.Make(articles, Workspace.Seed);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        corpus.WriteTo(Path.Combine(folder, "annotations"));
        var files = Directory.EnumerateFiles(Path.Combine(folder, "annotations"), "*", SearchOption.AllDirectories).Count();
        var probe = Path.GetFullPath(Path.Combine(folder, "annotations", corpus.ProbeAnnotationPath)).Replace('\\', '/');
        var probeUri = new Uri(probe).AbsoluteUri;

        using var server = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll"), "lsp"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var listener = new Listener(probeUri);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(server.StandardInput.BaseStream, server.StandardOutput.BaseStream, formatter));
        rpc.AddLocalRpcMethod(
            typeof(Listener).GetMethod(nameof(Listener.OnDiagnostics))!,
            listener,
            new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();

        var clock = Stopwatch.StartNew();
        await rpc.InvokeWithParameterObjectAsync<JsonElement>(
            "initialize",
            new { processId = Environment.ProcessId, rootUri = new Uri(folder).AbsoluteUri, capabilities = new { } });
        await rpc.NotifyWithParameterObjectAsync("initialized", new { });
        await listener.FirstAny.Task;
        var first = clock.Elapsed;
        await listener.WaitForFilesAsync(files);
        var all = clock.Elapsed;

        var text = await File.ReadAllTextAsync(probe);
        var speaker = text.IndexOf("speaker: ", StringComparison.Ordinal) + "speaker: ".Length;
        var speakerEnd = text.IndexOf('\n', speaker);
        var line = text[..speaker].Count(c => c == '\n');
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = probeUri, languageId = "yaml", version = 1, text } });
        var editTimes = new List<double>();
        for (var edit = 0; edit < edits; edit++)
        {
            // Odd edits add a letter to the speaker (DS0010), even ones take it away again.
            var edited = edit % 2 == 0 ? text.Insert(speakerEnd, "q") : text;
            var expectError = edit % 2 == 0;
            var waiting = listener.NextAsync();
            var started = Stopwatch.StartNew();
            await rpc.NotifyWithParameterObjectAsync(
                "textDocument/didChange",
                new { textDocument = new { uri = probeUri, version = edit + 2 }, contentChanges = new[] { new { text = edited } } });
            while ((await waiting) != expectError)
            {
                waiting = listener.NextAsync();
            }

            editTimes.Add(started.Elapsed.TotalMilliseconds);
        }

        var completionTimes = new List<double>();
        for (var request = 0; request < edits; request++)
        {
            var started = Stopwatch.StartNew();
            var list = await rpc.InvokeWithParameterObjectAsync<JsonElement>(
                "textDocument/completion",
                new { textDocument = new { uri = probeUri }, position = new { line, character = "    speaker: ".Length } });
            completionTimes.Add(started.Elapsed.TotalMilliseconds);
            if (list.GetProperty("items").GetArrayLength() == 0)
            {
                throw new InvalidOperationException("Completion offered no actor id.");
            }
        }

        var (resident, peak) = Memory(server.Id);
        await rpc.InvokeAsync<object?>("shutdown");
        await rpc.NotifyAsync("exit");
        server.WaitForExit(10_000);

        var load = (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles:N0} articles ({files:N0} files); load {load} at the end"));
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| initialize → first diagnostics | {first.TotalMilliseconds:F0} ms |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| initialize → every file's diagnostics | {all.TotalMilliseconds:F0} ms |"));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| one-character edit → diagnostics republished, median / p95 of {edits} | {Percentile(editTimes, 50):F0} / " +
                    $"{Percentile(editTimes, 95):F0} ms |"));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| completion after `speaker: `, median / p95 of {edits} | {Percentile(completionTimes, 50):F1} / {Percentile(completionTimes, 95):F1} ms |"));
        Console.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"| server resident memory at the end / peak | {resident / 1024.0:F0} / {peak / 1024.0:F0} MB |"));
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }

    /// <summary>VmRSS and VmHWM of a process, in KiB (Linux).</summary>
    private static (long Resident, long Peak) Memory(int pid)
    {
        long Read(string key) => File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault();
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    public sealed class Listener(string probe)
    {
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);
        private TaskCompletionSource<bool> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource FirstAny { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The probe file's next publication: whether it reports the misspelt speaker.</summary>
        public Task<bool> NextAsync()
        {
            lock (_files)
            {
                _next = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                return _next.Task;
            }
        }

        public async Task WaitForFilesAsync(int count)
        {
            while (true)
            {
                lock (_files)
                {
                    if (_files.Count >= count)
                    {
                        return;
                    }
                }

                await Task.Delay(5);
            }
        }

        public void OnDiagnostics(JsonElement parameters)
        {
            var uri = parameters.GetProperty("uri").GetString()!;
            FirstAny.TrySetResult();
            lock (_files)
            {
                _files.Add(uri);
                if (uri == probe)
                {
                    // Whether the misspelt speaker is reported: advice the corpus holds anyway (DS0038, DS0043) stays.
                    _next.TrySetResult(parameters.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == "DS0010"));
                }
            }
        }
    }
}
