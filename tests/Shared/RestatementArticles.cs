namespace Dataset.TestSupport;

/// <summary>
/// Two articles of one denial and a registry: the first tells the denial twice (its lede and the quote, one restating
/// the other) and reports a sanction on a firm and a group whose provisions apply per target; the group's members are
/// declared in the second article, whose one report of the denial the first's two link with same-as.
/// </summary>
internal static class RestatementArticles
{
    public const string WireText =
        "Iran denied supplying drones to Russia on Wednesday. \"We have never sent drones to Russia,\" the foreign ministry said.\n" +
        "Britain imposed sanctions on a drone firm and three Iranian generals, freezing the assets of all and banning the generals from travel.\n";

    public const string Wire = """
        document:
          id: wire-iran-denies-drones
          title: Iran denies drones as Britain sanctions generals
          publisher: Example Wire
          published: 2022-10-19
          text: wire.txt
        actors:
          - id: iranian-generals
            name: Three Iranian generals
            kind: group
            members: [ali-ahmadi, reza-karimi, hassan-nouri]
        statements:
          - id: iran-denies-drones-lede
            speaker: iran
            act: deny
            form: indirect
            said-on: 2022-10-19
            evidence: Iran denied supplying drones to Russia on Wednesday
            same-as: iran-denies-drones-times
          - id: iran-denies-drones-quote
            speaker: iran
            act: deny
            form: direct
            said-on: 2022-10-19
            evidence: We have never sent drones to Russia
            restates: iran-denies-drones-lede
            same-as: iran-denies-drones-times
        sanctions:
          - id: uk-sanctions-firm-and-generals
            imposer: united-kingdom
            targets: [drone-firm, iranian-generals]
            status: imposed
            date: 2022-10-19
            provisions:
              - asset-freeze
              - travel-ban: [iranian-generals]
            evidence: Britain imposed sanctions on a drone firm and three Iranian generals
        """;

    public const string TimesText = "Iran again denied sending drones to Russia. The generals are Ali Ahmadi, Reza Karimi and Hassan Nouri.\n";

    public const string Times = """
        document:
          id: times-iran-denies-again
          title: Iran denies again
          publisher: Sample Times
          published: 2022-10-20
          text: times.txt
        actors:
          - { id: ali-ahmadi, name: Ali Ahmadi, kind: person }
          - { id: reza-karimi, name: Reza Karimi, kind: person }
          - { id: hassan-nouri, name: Hassan Nouri, kind: person }
        statements:
          - id: iran-denies-drones-times
            speaker: iran
            act: deny
            form: indirect
            said-on: 2022-10-19
            evidence: Iran again denied sending drones to Russia
        """;

    public const string Registry = """
        actors:
          - { id: iran, name: Iran, kind: state }
          - { id: united-kingdom, name: United Kingdom, kind: state }
          - { id: drone-firm, name: A drone firm, kind: organization }
        """;

    /// <summary>The annotations, their texts and the registry, as the engine reads them from <paramref name="folder"/>.</summary>
    public static KeyValuePair<string, string?>[] Files(string folder) =>
    [
        new(Path.Combine(folder, "wire.yaml"), Wire),
        new(Path.Combine(folder, "wire.txt"), WireText),
        new(Path.Combine(folder, "times.yaml"), Times),
        new(Path.Combine(folder, "times.txt"), TimesText),
        new(Path.Combine(folder, "actors.yaml"), Registry),
    ];
}
