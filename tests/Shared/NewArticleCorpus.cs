namespace Dataset.TestSupport;

/// <summary>
/// A corpus that is not the seeds: one new article and its annotation in an annotations/ folder, as a user writes
/// them. Jane Doe makes two statements and John Roe one; Ruritania imposes one sanction.
/// </summary>
internal static class NewArticleCorpus
{
    public const string Name = "2024-03-04-example-border-talks";

    public const string DocumentId = "example-2024-03-04-border-talks";

    public const int Statements = 3;

    public const int Sanctions = 1;

    public const int Actors = 4;

    /// <summary>The line the misspelling test breaks.</summary>
    public const string SpeakerLine = "    speaker: john-roe";

    public static readonly string[] StatementIds = ["doe-announces-talks", "doe-says-border-stays-open", "roe-welcomes-talks"];

    /// <summary>The same statements in the order the article tells them, as `list statements` gives them.</summary>
    public static readonly string[] StatementIdsInReadingOrder = ["doe-announces-talks", "roe-welcomes-talks", "doe-says-border-stays-open"];

    /// <summary>Writes folder/annotations/NAME.txt and NAME.yaml; returns the annotations folder.</summary>
    public static string Write(string folder)
    {
        var annotations = Path.Combine(folder, "annotations");
        Directory.CreateDirectory(annotations);
        File.WriteAllText(Path.Combine(annotations, Name + ".txt"), Text);
        File.WriteAllText(Path.Combine(annotations, Name + ".yaml"), Yaml);
        return annotations;
    }

    /// <summary>Misspells John Roe's id where he speaks; returns the annotation's path and the 1-based line and column of the misspelt value.</summary>
    public static (string Path, int Line, int Column) MisspellSpeaker(string annotations)
    {
        var path = Path.Combine(annotations, Name + ".yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines, SpeakerLine);
        lines[index] = "    speaker: jon-roe";
        File.WriteAllLines(path, lines);
        return (path, index + 1, lines[index].IndexOf("jon-roe", StringComparison.Ordinal) + 1);
    }

    private const string Text =
        "Minister Jane Doe said on Monday that talks with Ruritania would resume next week.\n" +
        "Foreign Secretary John Roe welcomed the resumption of the talks.\n" +
        "Doe added that the northern border would stay open to trade.\n" +
        "Ruritania imposed sanctions on the Doe ministry over the border dispute.\n";

    private const string Yaml = $"""
        document:
          id: {DocumentId}
          title: Border talks to resume
          publisher: Example News
          published: 2024-03-04
          text: {Name}.txt
        actors:
          - id: jane-doe
            name: Jane Doe
            kind: person
          - id: john-roe
            name: John Roe
            kind: person
          - id: ruritania
            name: Ruritania
            kind: state
          - id: doe-ministry
            name: Ministry of Jane Doe
            kind: government-body
        statements:
          - id: doe-announces-talks
            speaker: jane-doe
            audience: [ruritania]
            act: announce
            form: indirect
            said-on: 2024-03-04
            evidence: talks with Ruritania would resume next week
          - id: roe-welcomes-talks
            speaker: john-roe
            act: support
            form: indirect
            said-on: undated
            evidence: welcomed the resumption of the talks
          - id: doe-says-border-stays-open
            speaker: jane-doe
            act: pledge
            form: indirect
            said-on: undated
            evidence: the northern border would stay open to trade
        sanctions:
          - id: ruritania-sanctions-doe-ministry
            imposer: ruritania
            targets: [doe-ministry]
            status: imposed
            reason: the border dispute
            evidence: Ruritania imposed sanctions on the Doe ministry

        """;
}
