using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using StreamJsonRpc;

namespace Dataset.Benchmarks;

/// <summary>
/// `dataset lsp` as an editor uses it, on the synthetic corpus of N articles: the tool started as a process, a client
/// over its standard input and output. Measures initialize → first diagnostics (and → every file's), one-character
/// edits → that file's diagnostics republished (each edit adds or removes a letter of a speaker, so the diagnostics
/// change every time), completion after "speaker: ", and the server's resident memory; then a second start on the
/// same files with the cache the first kept: initialize → first diagnostics, → every file's, → the first request
/// answered (document symbols, which wait for the analysis to settle the models and ids), and its memory.
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
        foreach (var written in Directory.EnumerateFiles(Path.Combine(folder, "annotations"), "*", SearchOption.AllDirectories))
        {
            // As an analyst's corpus is: written before the editor opens it, not within the second before its first read
            // (a file that recent is not stamped, and a second start then reads it before it publishes anything).
            File.SetLastWriteTimeUtc(written, DateTime.UtcNow.AddHours(-1));
        }

        var cache = Path.Combine(folder, "cache");
        var files = Directory.EnumerateFiles(Path.Combine(folder, "annotations"), "*", SearchOption.AllDirectories).Count();
        var probe = Path.GetFullPath(Path.Combine(folder, "annotations", corpus.ProbeAnnotationPath)).Replace('\\', '/');

        // The first start: nothing in the cache.
        var cold = await Server.StartAsync(folder, cache, probe, files);
        var text = await File.ReadAllTextAsync(probe);
        var speaker = text.IndexOf("speaker: ", StringComparison.Ordinal) + "speaker: ".Length;
        var speakerEnd = text.IndexOf('\n', speaker);
        var line = text[..speaker].Count(c => c == '\n');
        await cold.Rpc.NotifyWithParameterObjectAsync(
            "textDocument/didOpen",
            new { textDocument = new { uri = cold.ProbeUri, languageId = "yaml", version = 1, text } });
        var editTimes = new List<double>();
        for (var edit = 0; edit < edits; edit++)
        {
            // Odd edits add a letter to the speaker (DS0010), even ones take it away again.
            var edited = edit % 2 == 0 ? text.Insert(speakerEnd, "q") : text;
            var expectError = edit % 2 == 0;
            var waiting = cold.Listener.NextAsync();
            var started = Stopwatch.StartNew();
            await cold.Rpc.NotifyWithParameterObjectAsync(
                "textDocument/didChange",
                new { textDocument = new { uri = cold.ProbeUri, version = edit + 2 }, contentChanges = new[] { new { text = edited } } });
            while ((await waiting) != expectError)
            {
                waiting = cold.Listener.NextAsync();
            }

            editTimes.Add(started.Elapsed.TotalMilliseconds);
        }

        var completionTimes = new List<double>();
        for (var request = 0; request < edits; request++)
        {
            var started = Stopwatch.StartNew();
            var list = await cold.Rpc.InvokeWithParameterObjectAsync<JsonElement>(
                "textDocument/completion",
                new { textDocument = new { uri = cold.ProbeUri }, position = new { line, character = "    speaker: ".Length } });
            completionTimes.Add(started.Elapsed.TotalMilliseconds);
            if (list.GetProperty("items").GetArrayLength() == 0)
            {
                throw new InvalidOperationException("Completion offered no actor id.");
            }
        }

        var (resident, peak) = Memory(cold.Process.Id);
        var load = await LoadAsync();
        await cold.StopAsync();

        // The second start: the same files, with the cache the first kept.
        var warm = await Server.StartAsync(folder, cache, probe, files);
        await warm.Rpc.InvokeWithParameterObjectAsync<JsonElement>(
            "textDocument/documentSymbol",
            new { textDocument = new { uri = warm.ProbeUri } });
        var answered = warm.SinceInitialize;
        var (warmResident, warmPeak) = Memory(warm.Process.Id);
        await warm.StopAsync();

        var size = new DirectoryInfo(cache).EnumerateFiles().Sum(f => f.Length) / 1048576.0;
        var end = await LoadAsync();
        Console.WriteLine(Invariant($"{articles:N0} articles ({files:N0} files); load {load} after the first start, {end} at the end; cache {size:F0} MB"));
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---:|");
        Row("initialize → first diagnostics", Invariant($"{cold.First.TotalMilliseconds:F0} ms"));
        Row("initialize → every file's diagnostics", Invariant($"{cold.All.TotalMilliseconds:F0} ms"));
        Row(
            $"one-character edit → diagnostics republished, median / p95 of {edits}",
            Invariant($"{Percentile(editTimes, 50):F0} / {Percentile(editTimes, 95):F0} ms"));
        Row(
            $"completion after `speaker: `, median / p95 of {edits}",
            Invariant($"{Percentile(completionTimes, 50):F1} / {Percentile(completionTimes, 95):F1} ms"));
        Row("server resident memory at the end / peak", Invariant($"{resident / 1024.0:F0} / {peak / 1024.0:F0} MB"));
        Row("second start, with the cache: initialize → first diagnostics", Invariant($"{warm.First.TotalMilliseconds:F0} ms"));
        Row("second start: initialize → every file's diagnostics", Invariant($"{warm.All.TotalMilliseconds:F0} ms"));
        Row("second start: initialize → document symbols answered (the models and ids settled)", Invariant($"{answered.TotalMilliseconds:F0} ms"));
        Row("second start: server resident memory then / peak", Invariant($"{warmResident / 1024.0:F0} / {warmPeak / 1024.0:F0} MB"));
    }

    private static void Row(string measure, string value) => Console.WriteLine($"| {measure} | {value} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The load average over the last minute (Linux).</summary>
    private static async Task<string> LoadAsync() => (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0];

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

    /// <summary>One `dataset lsp` process, initialized, once every file's diagnostics came.</summary>
    private sealed class Server(Process process, JsonRpc rpc, Listener listener, string probeUri, Stopwatch clock)
    {
        public Process Process => process;

        public JsonRpc Rpc => rpc;

        public Listener Listener => listener;

        public string ProbeUri => probeUri;

        public TimeSpan First { get; private set; }

        public TimeSpan All { get; private set; }

        public TimeSpan SinceInitialize => clock.Elapsed;

        public static async Task<Server> StartAsync(string folder, string cache, string probe, int files)
        {
            var tool = Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll");
            var process = Process.Start(new ProcessStartInfo("dotnet", [tool, "lsp", "--cache-dir", cache])
            {
                WorkingDirectory = folder,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = false,
                UseShellExecute = false,
            })!;
            var probeUri = new Uri(probe).AbsoluteUri;
            var listener = new Listener(probeUri);
            var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };
            var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
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
            var server = new Server(process, rpc, listener, probeUri, clock);
            await listener.FirstAny.Task;
            server.First = clock.Elapsed;
            await listener.WaitForFilesAsync(files);
            server.All = clock.Elapsed;
            return server;
        }

        /// <summary>shutdown (the server keeps its cache then), exit, and the process gone.</summary>
        public async Task StopAsync()
        {
            await rpc.InvokeAsync<object?>("shutdown");
            await rpc.NotifyAsync("exit");
            process.WaitForExit(60_000);
            rpc.Dispose();
            process.Dispose();
        }
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
