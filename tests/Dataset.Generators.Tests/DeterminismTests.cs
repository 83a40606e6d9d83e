namespace Dataset.Generators.Tests;

/// <summary>The same inputs in any order of AdditionalFiles give byte-identical sources and the same diagnostics.</summary>
public class DeterminismTests
{
    [Fact]
    public void Any_order_of_additional_files_gives_byte_identical_sources_and_the_same_diagnostics()
    {
        (string Path, string? Text)[] files =
        [
            .. Yaml.Files(Yaml.Valid),
            ("seeds/registry.yaml", "actors:\n  - id: sergei-shoigu\n    name: Sergei Shoigu\n    kind: person\n    roles: [{ title: Defence Minister, of: " +
                "russia }]\n  - id: russia\n    name: Duplicate Russia\n    kind: state\n"),
            ("other/b.yaml", "document:\n  id: b\n  title: B\n  publisher: P\n  published: 2022-10-23\n  text: b.txt\nstatements:\n  - id: b-says\n    " +
                "speaker: sergei-shoigu\n    audience: [lloyd-austin, nobody]\n    act: claim\n    form: direct\n    evidence: says\n"),
            ("other/b.txt", "He says it. He says it again."),
            ("z.yml", "- not an annotation\n"),
        ];
        var reference = GeneratorHarness.Run(files);
        Assert.Contains(reference.Diagnostics, d => d.Id == "DS0008");
        Assert.Contains(reference.Diagnostics, d => d.Id == "DS0015");

        var random = new Random(20221022);
        var orders = Enumerable.Range(0, 6).Select(_ => files.OrderBy(_ => random.Next()).ToArray()).Append(files.Reverse().ToArray());
        foreach (var order in orders)
        {
            var run = GeneratorHarness.Run(order);

            Assert.Equal(reference.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
            Assert.Equal(Describe(reference), Describe(run));
        }
    }

    private static IEnumerable<string> Describe(GeneratorRun run) =>
        run.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal);
}
