using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Shards;

/// <summary>Referenced shards are read when the references change, never on an edit of C# or YAML.</summary>
public class IncrementalShardTests
{
    [Fact]
    public void Editing_csharp_or_an_annotation_reads_no_reference_again()
    {
        var registry = new CountingReference(Registry.Image(Registry.Build()));
        var compilation = GeneratorHarness.CreateCompilation(
            "public static class App { public static int Answer => 42; }",
            references: [registry],
            assemblyName: "Shard");
        var article = new InMemoryAdditionalText(GeneratorHarness.Absolute("seeds/article.yaml"), Registry.ShardArticle);
        var files = Yaml.Files(Registry.ShardArticle)
            .Skip(1)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Absolute(f.Path), f.Text))
            .Append(article);
        var driver = GeneratorHarness.CreateDriver(files, Registry.ShardNamespace).RunGenerators(compilation);
        var first = driver.GetRunResult();
        Assert.Empty(first.Diagnostics);
        var reads = registry.Reads;
        Assert.True(reads > 0, "The generator did not read the registry.");

        var tree = compilation.SyntaxTrees.Single();
        compilation = compilation.ReplaceSyntaxTree(
            tree,
            tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("public static class App { public static int Answer => 43; }")));
        driver = driver.RunGenerators(compilation);
        AssertIndexCached(driver.GetRunResult());

        var edited = new InMemoryAdditionalText(
            article.Path,
            Registry.ShardArticle.Replace("id: lloyd-austin", "id: lloyd-j-austin", StringComparison.Ordinal)
                .Replace("speaker: lloyd-austin", "speaker: lloyd-j-austin", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(article, edited).RunGenerators(compilation);
        var afterEdit = driver.GetRunResult();
        AssertIndexCached(afterEdit);
        Assert.Empty(afterEdit.Diagnostics);

        Assert.Equal(reads, registry.Reads);
    }

    private static void AssertIndexCached(GeneratorDriverRunResult run)
    {
        // Cached, not Unchanged: the collected manifests were not recomputed, so no reference was read for them.
        var outputs = IncrementalCorpus.Outputs(run, TrackingNames.ReferencedShardIndex);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Single(Assert.IsType<Dataset.Annotations.Shards.ReferencedShards>(Assert.Single(outputs).Value).Manifests);
    }

    /// <summary>A file reference that counts how often its metadata is opened.</summary>
    private sealed class CountingReference(byte[] image) : PortableExecutableReference(MetadataReferenceProperties.Assembly, "/refs/Registry.dll")
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        protected override Metadata GetMetadataImpl()
        {
            Interlocked.Increment(ref _reads);
            return AssemblyMetadata.CreateFromImage(image);
        }

        protected override DocumentationProvider CreateDocumentationProvider() => DocumentationProvider.Default;

        protected override PortableExecutableReference WithPropertiesImpl(MetadataReferenceProperties properties) => new CountingReference(image);
    }
}
