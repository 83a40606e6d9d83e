using System.Text.RegularExpressions;

namespace Dataset.Annotations.Tests.Architecture;

/// <summary>
/// The engine's folders, with every subfolder, depend only downwards: foundations (collections, diagnostics, paths,
/// naming), then the model, the reading of text (tokens, words, the reporting verbs) over it,
/// parsing, referenced shards, event links, validation, coverage, record data and the schema, then the pipeline that wires them, and drafting,
/// evaluation, two annotators' agreement, their adjudication and the cache that keeps the pipeline's results between runs over it.
/// A folder that names a namespace above it (a loop in the making) fails here, and so does a folder that reads
/// articles (coverage, drafting, evaluation, the link key) and splits text into words, quotes or sentences itself.
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
        ["Text"] = ["Collections", "Diagnostics", "Model"],
        ["Diagnostics"] = ["Collections"],
        ["Model"] = ["Collections", "Diagnostics", "Paths", "Naming"],
        ["Parsing"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model"],
        ["Shards"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing"],
        ["Events"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Text"],
        ["Validation"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Shards", "Events", "Text"],
        ["Coverage"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Validation", "Text"],
        ["RecordData"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing"],
        ["Schema"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing"],
        ["Drafting"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Validation", "Coverage", "Pipeline", "Text"],
        ["Evaluation"] =
            ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Events", "Validation", "Coverage", "Drafting", "Pipeline", "Text"],
        ["Agreement"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Pipeline"],
        ["Adjudication"] = ["Collections", "Diagnostics", "Paths", "Naming", "Model", "Parsing", "Drafting", "Pipeline", "Agreement"],
        ["Caching"] = ["Collections", "Diagnostics", "Paths", "Model", "Text", "Shards", "Events", "Validation", "Coverage", "Pipeline"],
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

    /// <summary>The folders that read articles: each reads them through Text (words, quotes, sentences, names, cues), never by itself.</summary>
    public static TheoryData<string> Readers => new() { "Coverage", "Drafting", "Evaluation", "Events" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Nothing_above_Text_splits_text_into_words_itself(string folder)
    {
        var tokenising = Directory.EnumerateFiles(Path.Combine(Engine, folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetFileName(file), Line: i + 1, Text: line)))
            .Where(line => TokenisingPattern().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}");

        Assert.Empty(tokenising);
    }

    [Fact]
    public void The_tokenising_check_recognises_each_way_of_splitting_text()
    {
        string[] samples =
        [
            "if (char.IsLetter(c))", "while (char.IsWhiteSpace(text[i]))", "var w = char.IsLetterOrDigit(c);", "name.Split(' ')",
            "alias.Split(Space, options)", "Regex.Split(value, pattern)", "new LineMap(text).Lines", "Quotes.In(text, 0, 9)",
            "Sentences.In(text, a, b)", "SentenceTokens.Read(text, s, q, list)",
        ];

        Assert.All(samples, sample => Assert.Matches(TokenisingPattern(), sample));
        Assert.DoesNotMatch(TokenisingPattern(), "speaker.Split('-')");
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

    /// <summary>Reading characters as words or spaces, splitting a phrase, or a reading loop of its own.</summary>
    [GeneratedRegex(
        @"char\.Is(Letter|LetterOrDigit|WhiteSpace)\(|\.Split\((' '|Space|Whitespace|SpaceOrTab)|Regex\.Split"
            + @"|new LineMap\(|Quotes\.In\(|Sentences\.In\(|SentenceTokens\.Read")]
    private static partial Regex TokenisingPattern();
}
