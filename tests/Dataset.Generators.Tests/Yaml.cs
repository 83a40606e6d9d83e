namespace Dataset.Generators.Tests;

/// <summary>Small valid inputs that tests vary one thing at a time.</summary>
internal static class Yaml
{
    public const string ArticlePath = "seeds/article.txt";

    public const string Article = "WASHINGTON: Lloyd Austin urged Sergei Shoigu on Friday to keep “lines of communication” open.\nRussia also confirmed the " +
        "call.\nBritain imposed sanctions on a firm.\n";

    public const string Document = """
        document:
          id: test-article
          title: Test article
          publisher: Dawn
          published: 2022-10-22
          text: article.txt
        """;

    public const string Actors = """
        actors:
          - id: lloyd-austin
            name: Lloyd Austin
            kind: person
            roles: [{ title: US Defense Secretary, of: united-states }]
          - id: united-states
            name: United States
            kind: state
          - id: russia
            name: Russia
            kind: state
          - id: united-kingdom
            name: United Kingdom
            kind: state
          - id: drone-firm
            name: A firm
            kind: group
        """;

    public const string Statements = """
        statements:
          - id: austin-urges-shoigu
            speaker: lloyd-austin
            act: urge
            form: indirect
            said-on: 2022-10-21
            evidence: keep “lines of communication” open
          - id: russia-confirms-call
            speaker: russia
            act: confirm
            form: indirect
            said-on: 2022-10-21
            evidence: Russia also confirmed the call
        """;

    public const string Sanctions = """
        sanctions:
          - id: uk-sanctions-firm
            imposer: united-kingdom
            targets: [drone-firm]
            status: imposed
            evidence: Britain imposed sanctions on a firm
        """;

    public const string Valid = Document + "\n" + Actors + "\n" + Statements + "\n" + Sanctions + "\n";

    public static (string Path, string? Text)[] Files(string annotation) =>
        [("seeds/article.yaml", annotation), (ArticlePath, Article)];
}
