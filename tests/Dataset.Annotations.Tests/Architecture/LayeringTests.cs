using System.Text.RegularExpressions;

namespace Dataset.Annotations.Tests.Architecture;

/// <summary>
/// The engine's folders, with every subfolder, depend only downwards: foundations (collections, diagnostics, paths,
/// naming), then the model, the reading of text (tokens, words, the reporting verbs) over it,
/// parsing, referenced shards, event links, validation, coverage, record data and the schema, then the pipeline that wires them, and drafting,
/// evaluation, two annotators' agreement, their adjudication and the cache that keeps the pipeline's results between runs over it.
/// A folder that names a namespace above it (a loop in the making) fails here.
/// </summary>
public partial class LayeringTests
{
    private static readonly string Engine = Path.Combine(RepositoryPaths.Root, "src", "Dataset.Annotations");

    /// <summary>Each folder and the folders it may use.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Collections"] = [],
        ["Paths"] = [],
        ["Naming"] = [],
        ["Text"] = ["Collections", "Model"],
        ["Diagnostics"] = ["Collections"],
        ["Model"] = ["Collections", "Diagnostics", "Paths", "Naming"],
        ["Parsing"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model"],
        ["Shards"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing"],
        ["Events"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Text"],
        ["Validation"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Shards", "Events"],
        ["Coverage"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Validation", "Text"],
        ["RecordData"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing"],
        ["Schema"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing"],
        ["Drafting"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Validation", "Coverage", "Pipeline", "Text"],
        ["Evaluation"] =
            ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Events", "Validation", "Coverage", "Drafting", "Pipeline", "Text"],
        ["Agreement"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Pipeline"],
        ["Adjudication"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Drafting", "Pipeline", "Agreement"],
        ["Caching"] = ["Collections", "Diagnostics", "Paths", "Model", "Shards", "Events", "Validation", "Coverage", "Pipeline"],
    };

    public static TheoryData<string> Folders => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_the_folders_below_it(string folder)
    {
        var uses = Directory.EnumerateFiles(Path.Combine(Engine, folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => UsingPattern().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Used: m.Groups[1].Value)))
            .Where(use => use.Used != folder && !Allowed[folder].Contains(use.Used));

        Assert.Empty(uses);
    }

    [Fact]
    public void Every_folder_of_the_engine_has_a_place_in_the_layers()
    {
        var unplaced = Directory.EnumerateDirectories(Engine).Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "Pipeline") && !Allowed.ContainsKey(name!)).ToList();

        Assert.Empty(unplaced);
    }

    [GeneratedRegex(@"Dataset\.Annotations\.(\w+)")]
    private static partial Regex UsingPattern();
}
