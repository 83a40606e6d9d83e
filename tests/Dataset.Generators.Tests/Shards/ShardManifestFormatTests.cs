using Dataset.Annotations.Model;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Shards;

namespace Dataset.Generators.Tests.Shards;

/// <summary>A manifest comes from another assembly: whatever it holds, reading it never throws and keeps only well-formed ids.</summary>
public class ShardManifestFormatTests
{
    [Theory]
    [InlineData("")]
    [InlineData("dataset-shard 3\n@a.yaml\na\tfine-id\n")]
    [InlineData("not a manifest")]
    public void Text_in_another_format_is_no_manifest(string text) =>
        Assert.Null(ShardManifestFormat.Parse("Other", "Other.Data", text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("class")]
    [InlineData("Bad Namespace")]
    [InlineData("A.1B")]
    public void A_namespace_generated_code_could_not_name_is_no_manifest(string? @namespace) =>
        Assert.Null(ShardManifestFormat.Parse("Other", @namespace, "dataset-shard 2\n"));

    [Fact]
    public void Malformed_lines_are_skipped_and_well_formed_ones_kept()
    {
        var text = "dataset-shard 2\n@a.yaml\n"
            + "a\tgood-actor\n"
            + "a\tBad Id\n"
            + "q\tunknown-kind\n"
            + "a\n"
            + "s\t\"; class X {}\n"
            + "\n\t\t\t\t\n"
            + "a\t" + new string('a', 201) + "\n"
            + "@b\\\\c\\td.yaml\nd\tgood-document\n";

        var manifest = ShardManifestFormat.Parse("Other", "Other.Data", text);

        Assert.NotNull(manifest);
        Assert.Equal(
            [new ShardDeclaration(RecordKind.Actor, "good-actor", "a.yaml"), new ShardDeclaration(RecordKind.Document, "good-document", "b\\c\td.yaml")],
            manifest.Declarations);
    }

    [Fact]
    public void A_format_1_manifest_of_an_earlier_generator_is_read_without_its_lines_and_names()
    {
        var text = "dataset-shard 1\n@annotations/actors.yaml\na\tunited-states\t2,9\tUnited States\ns\tus-urges-talks\t12,9\n";

        var manifest = ShardManifestFormat.Parse("Registry", "Registry.Data", text);

        Assert.NotNull(manifest);
        Assert.Equal(
            [
                new ShardDeclaration(RecordKind.Actor, "united-states", "annotations/actors.yaml"),
                new ShardDeclaration(RecordKind.Statement, "us-urges-talks", "annotations/actors.yaml")],
            manifest.Declarations);
    }

    [Fact]
    public void Written_then_read_a_manifest_gives_back_each_id_under_its_file_relative_to_the_project()
    {
        var files = new[]
        {
            new ManifestFile("/project/annotations/z.yaml", new[] { new ManifestEntry(RecordKind.Sanction, "z-sanction") }.ToEquatableArray()),
            new ManifestFile(
                "/project/annotations/a.yaml",
                new[] { new ManifestEntry(RecordKind.Document, "a-doc"), new ManifestEntry(RecordKind.Actor, "a-actor") }.ToEquatableArray()),
            new ManifestFile("/project/annotations/empty.yaml", default),
        };

        var text = ShardManifestFormat.Write(files, "/project/");

        Assert.Equal("dataset-shard 2\n@annotations/a.yaml\nd\ta-doc\na\ta-actor\n@annotations/z.yaml\nn\tz-sanction\n", text);
        Assert.Equal(
            [
                new ShardDeclaration(RecordKind.Document, "a-doc", "annotations/a.yaml"),
                new ShardDeclaration(RecordKind.Actor, "a-actor", "annotations/a.yaml"),
                new ShardDeclaration(RecordKind.Sanction, "z-sanction", "annotations/z.yaml")],
            ShardManifestFormat.Parse("Shard", "Shard.Data", text)!.Declarations);
    }

    [Fact]
    public void Two_referenced_datasets_in_one_namespace_are_both_left_out_with_DS0031()
    {
        var shards = ReferencedShards.From(
        [
            new ShardManifest("One", "Same.Data", default),
            new ShardManifest("Two", "Same.Data", default),
            new ShardManifest("Three", "Three.Data", default),
        ]);
        var problems = new List<DiagnosticInfo>();

        var usable = shards.Usable("Own.Data", problems);

        Assert.Equal(["Three"], usable.Select(s => s.AssemblyName));
        Assert.Equal(
            [
                "The referenced shard 'One' generates its records in the namespace 'Same.Data', as the referenced shard 'Two' does, so their classes would " +
                    "clash; give each shard its own DatasetNamespace",
                "The referenced shard 'Two' generates its records in the namespace 'Same.Data', as the referenced shard 'One' does, so their classes would " +
                    "clash; give each shard its own DatasetNamespace",
            ],
            problems.Select(p => p.Message));
    }
}
