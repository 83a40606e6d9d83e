namespace Dataset.TestSupport;

/// <summary>An article whose annotation has a sanction with a proposer and a forthcoming status, and a statement that
/// is a standing position: the fields no other test corpus has.</summary>
internal static class SanctionFieldsArticle
{
    public const string Article = "Freedonia will announce sanctions on Ruritania next week, as Jane Doe proposed. Ruritania denies supplying drones.\n";

    public const string Annotation = """
        document:
          id: freedonia-sanctions
          title: Freedonia to sanction Ruritania
          publisher: Example News
          published: 2024-01-02
          text: article.txt
        actors:
          - id: jane-doe
            name: Jane Doe
            kind: person
          - id: freedonia
            name: Freedonia
            kind: state
          - id: ruritania
            name: Ruritania
            kind: state
        statements:
          - id: ruritania-denies-drones
            speaker: ruritania
            act: deny
            form: indirect
            said-on: standing
            evidence: Ruritania denies supplying drones
          - id: freedonia-announces
            speaker: freedonia
            act: announce
            form: indirect
            said-on: 2024-01-02
            evidence: Freedonia will announce sanctions on Ruritania next week
        sanctions:
          - id: freedonia-sanctions-ruritania
            imposer: freedonia
            proposer: jane-doe
            targets: [ruritania]
            status: forthcoming
            evidence: will announce sanctions on Ruritania
        """;

    /// <summary>The annotation and its article text, as the engine reads them from <paramref name="folder"/>.</summary>
    public static KeyValuePair<string, string?>[] Files(string folder) =>
    [
        new(Path.Combine(folder, "annotation.yaml"), Annotation),
        new(Path.Combine(folder, "article.txt"), Article),
    ];
}
