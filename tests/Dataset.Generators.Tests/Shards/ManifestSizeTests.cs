using System.Text;
using Dataset.CorpusMaker;
using Dataset.Generators.Emitting;
using Dataset.Annotations.Parsing;
using Dataset.Annotations.Shards;

namespace Dataset.Generators.Tests.Shards;

/// <summary>The manifest must cost about the ids it lists, so that a corpus of thousands of articles stays cheap to reference.</summary>
public class ManifestSizeTests
{
    [Fact]
    public void The_manifest_is_its_ids_and_file_paths_plus_three_bytes_per_declaration()
    {
        var corpus = SyntheticCorpus.Make(articles: 200, seed: 7);
        var files = corpus.Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => ManifestEmitter.EntriesOf(AnnotationParser.Parse("/project/annotations/" + f.Path, f.Text))).ToList();
        var entries = files.SelectMany(f => f.Entries).ToList();

        var manifest = ShardManifestFormat.Write(files, "/project/");

        var payload = entries.Sum(e => Encoding.UTF8.GetByteCount(e.Id))
            + files.Sum(f => Encoding.UTF8.GetByteCount("annotations/" + Path.GetFileName(f.Path)) + 2)
            + ShardManifestFormat.Header.Length + 1;
        // Kind, tab and line break: three bytes per declaration on top of its id.
        Assert.Equal(payload + 3 * entries.Count, Encoding.UTF8.GetByteCount(manifest));
        Assert.True(entries.Count > 2000, "The corpus has too few declarations to measure.");
        // And it reads back to every declaration.
        Assert.Equal(entries.Count, ShardManifestFormat.Parse("Shard", "Shard.Data", manifest)!.Declarations.Count);
    }
}
