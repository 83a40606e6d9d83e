
namespace Dataset.Fuzz;

/// <summary>The inputs fuzzing starts from: real annotations with their articles, and hostile YAML.</summary>
public static class SeedCorpus
{
    public static int Write(string folder, string repository, string shared)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        void Add(string name, FuzzInput input)
        {
            File.WriteAllBytes(Path.Combine(folder, name), input.ToBytes());
            count++;
        }

        var seeds = Path.Combine(repository, "seeds");
        foreach (var yaml in Directory.EnumerateFiles(seeds, "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = Path.ChangeExtension(yaml, ".txt");
            Add(
                "seed-" + Path.GetFileNameWithoutExtension(yaml),
                new FuzzInput(File.ReadAllText(yaml), File.Exists(text) ? File.ReadAllText(text) : string.Empty));
        }

        var fixture = Directory.CreateTempSubdirectory("dataset-fuzz-").FullName;
        try
        {
            var annotations = NewArticleCorpus.Write(fixture);
            var name = Path.Combine(annotations, NewArticleCorpus.Name);
            Add("fixture-new-article", new FuzzInput(File.ReadAllText(name + ".yaml"), File.ReadAllText(name + ".txt")));
        }
        finally
        {
            Directory.Delete(fixture, recursive: true);
        }

        var suite = Path.Combine(shared, "corpus", "yaml-test-suite");
        foreach (var yaml in Directory.EnumerateFiles(suite, "*.yaml").Order(StringComparer.Ordinal))
        {
            Add("suite-" + Path.GetFileNameWithoutExtension(yaml), new FuzzInput(File.ReadAllText(yaml), string.Empty));
        }

        return count;
    }

    /// <summary>
    /// Sessions of messages for the language server's target, one JSON-RPC message a line: opening, editing and asking about the seed article.
    /// </summary>
    public static int WriteMessages(string folder, string repository)
    {
        Directory.CreateDirectory(folder);
        var yaml = File.ReadAllText(Path.Combine(repository, "seeds", "2022-10-22-dawn-us-urges-russia-to-keep-lines-open.yaml"));
        var uri = "file:///tmp/dataset-fuzz/a.yaml";
        string Message(string method, object parameters, int? id = null) =>
            System.Text.Json.JsonSerializer.Serialize(
                id is null ? new { jsonrpc = "2.0", method, @params = parameters } : (object)new { jsonrpc = "2.0", id, method, @params = parameters });
        var open = Message("textDocument/didOpen", new { textDocument = new { uri, languageId = "yaml", version = 1, text = yaml } });
        var at = new { textDocument = new { uri }, position = new { line = 68, character = 14 } };
        var sessions = new Dictionary<string, string[]>
        {
            ["open"] = [Message("initialized", new { }), open],
            ["complete"] = [open, Message("textDocument/completion", at, 7)],
            ["hover-definition"] = [open, Message("textDocument/hover", at, 8), Message("textDocument/definition", at, 9)],
            ["rename"] = [open, Message("textDocument/rename", new { at.textDocument, at.position, newName = "lloyd" }, 10)],
            [
                "change"] = [
                    open,
                    Message(
                        "textDocument/didChange",
                        new { textDocument = new { uri, version = 2 }, contentChanges = new[] {
                            new { text = yaml.Replace("lloyd-austin", "loyd", StringComparison.Ordinal) } } })],
            [
                "actions"] = [
                    open,
                    Message(
                        "textDocument/codeAction",
                        new
                        {
                            textDocument = new { uri },
                            range = new { start = at.position, end = at.position },
                            context = new { diagnostics = Array.Empty<object>() },
                        },
                        11)],
            ["garbage"] = ["{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":[1,2,3]}", "not json"],
        };
        foreach (var (name, messages) in sessions)
        {
            File.WriteAllText(Path.Combine(folder, "lsp-" + name), string.Join('\n', messages));
        }

        return sessions.Count;
    }
}
