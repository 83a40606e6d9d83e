using Dataset.Generators.Diagnostics;
using Dataset.Generators.Shards;

namespace Dataset.Generators.Tests.Shards;

/// <summary>A manifest comes from another assembly: whatever it holds, reading it never throws and keeps only well-formed ids.</summary>
public class ShardManifestFormatTests
{
    [Theory]
    [InlineData("")]
    [InlineData("dataset-shard 2\n@a.yaml\na\tfine-id\t1,1\n")]
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
        Assert.Null(ShardManifestFormat.Parse("Other", @namespace, "dataset-shard 1\n"));

    [Fact]
    public void Malformed_lines_are_skipped_and_well_formed_ones_kept()
    {
        var text = "dataset-shard 1\n@a.yaml\n"
            + "a\tgood-actor\t3,9\tName\\twith tab\n"
            + "a\tBad Id\t4,9\tx\n"
            + "q\tunknown-kind\t5,9\n"
            + "a\tno-location\n"
            + "s\t\"; class X {}\t6,9\n"
            + "\n\t\t\t\t\n"
            + "a\t" + new string('a', 201) + "\t7,9\n"
            + "@b\\\\c.yaml\nd\tgood-document\t1,7\n";

        var manifest = ShardManifestFormat.Parse("Other", "Other.Data", text);

        Assert.NotNull(manifest);
        Assert.Equal(
            [new ShardDeclaration("actor", "good-actor", "Name\twith tab", "a.yaml(3,9)"), new ShardDeclaration("document", "good-document", string.Empty, "b\\c.yaml(1,7)")],
            manifest.Declarations);
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
                "The referenced dataset 'One' generates its records in the namespace 'Same.Data', as the referenced dataset 'Two' does, so their classes would clash; give each dataset project its own DatasetNamespace",
                "The referenced dataset 'Two' generates its records in the namespace 'Same.Data', as the referenced dataset 'One' does, so their classes would clash; give each dataset project its own DatasetNamespace",
            ],
            problems.Select(p => p.Message));
    }
}
