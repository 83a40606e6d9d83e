using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Shards;

/// <summary>A dataset split across projects: a shard refers to the actors a registry project declares.</summary>
public class ShardTests
{
    [Theory]
    [InlineData(ReferenceKind.Assembly)]
    [InlineData(ReferenceKind.ReferenceAssembly)]
    [InlineData(ReferenceKind.Compilation)]
    public void A_shard_resolves_the_registry_actors_and_generates_none_of_them(ReferenceKind kind)
    {
        var registry = Registry.Build();

        var shard = Registry.BuildShard(Registry.Reference(registry, kind));

        Assert.Empty(shard.Diagnostics);
        Assert.Empty(shard.CompilationProblems);
        var own = shard.SourceFor("seeds_article_yaml");
        Assert.Contains("public static global::Dataset.Actor LloydAustin", own, StringComparison.Ordinal);
        Assert.DoesNotContain("UnitedKingdom", own, StringComparison.Ordinal);
        // The registry's display name reaches the shard's docs.
        Assert.Contains("United Kingdom → A firm (imposed)", own, StringComparison.Ordinal);
        Assert.Contains("base(new global::Dataset.DatasetCatalog[] { global::Registry.Data.Catalog.Instance })", shard.SourceFor("Dataset.Catalog"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_sanction_reaches_its_imposer_declared_in_the_registry()
    {
        var registry = Registry.Build();
        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.ReferenceAssembly));
        var context = new AssemblyLoadContext("shards", isCollectible: true);
        var registryCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(registry))), Registry.Namespace);
        var shardCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(shard))), Registry.ShardNamespace);

        var sanction = shardCatalog.GetSanction(new SanctionId("uk-sanctions-firm"));

        Assert.Equal("United Kingdom", sanction.Imposer.Name);
        Assert.Same(registryCatalog.GetActor(new ActorId("united-kingdom")), sanction.Imposer);
        Assert.Equal(["drone-firm"], sanction.Targets.Select(t => t.Id.Value));
        Assert.Equal("United States", shardCatalog.GetActor(new ActorId("lloyd-austin")).Roles[0].Of!.Name);
        Assert.Equal([registryCatalog], shardCatalog.Shards);
        // The shard's lists include the registry's records, once each, in id order.
        Assert.Equal(["drone-firm", "lloyd-austin", "russia", "united-kingdom", "united-states"], shardCatalog.Actors.Select(a => a.Id.Value));
        Assert.Equal(["russia-confirms-call"], shardCatalog.StatementsBy(registryCatalog.GetActor(new ActorId("russia"))).Select(s => s.Id.Value));
        Assert.Empty(registryCatalog.Statements);
    }

    [Fact]
    public void Several_shards_combine_into_one_catalog()
    {
        var registry = Registry.Build();
        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.Assembly));
        var context = new AssemblyLoadContext("combined", isCollectible: true);
        var registryCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(registry))), Registry.Namespace);
        var shardCatalog = CatalogOf(context.LoadFromStream(new MemoryStream(Registry.Image(shard))), Registry.ShardNamespace);

        // The registry is reached both directly and through the shard; each record is listed once.
        var combined = DatasetCatalog.Combine(registryCatalog, shardCatalog);

        Assert.Equal(5, combined.Actors.Count);
        Assert.Equal(["austin-urges-shoigu", "russia-confirms-call"], combined.Statements.Select(s => s.Id.Value));
        Assert.Equal("uk-sanctions-firm", Assert.Single(combined.SanctionsBy(combined.GetActor(new ActorId("united-kingdom")))).Id.Value);
        Assert.Equal("test-article", combined.GetDocument(new DocumentId("test-article")).Id.Value);
        Assert.Null(combined.FindActor(new ActorId("nobody")));
    }

    [Fact]
    public void A_misspelt_registry_id_in_the_shard_is_located_and_suggests_the_registry_id()
    {
        var registry = Registry.Build();

        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.Assembly), Registry.ShardArticle.Replace("imposer: united-kingdom", "imposer: united-kingdon", StringComparison.Ordinal));

        Diagnostics.DiagnosticTests.AssertReported(shard, "DS0010", DiagnosticSeverity.Error, "seeds/article.yaml", 27, 14,
            "Unknown actor 'united-kingdon'; declare it under actors: here or in the shared registry; did you mean 'united-kingdom'?");
    }

    [Fact]
    public void An_actors_only_registry_does_not_call_its_actors_unused()
    {
        var registry = Registry.Build();

        Assert.Empty(registry.Diagnostics);
        Assert.Empty(registry.CompilationProblems);
    }

    [Fact]
    public void The_manifest_lists_each_declaration_with_where_it_is()
    {
        var registry = Registry.Build(Registry.Actors.Replace("name: A firm", "name: \"A\\tfirm\\nco\\\\ \\\"quoted\\\"\"", StringComparison.Ordinal));
        var shard = Registry.BuildShard(Registry.Reference(registry, ReferenceKind.Assembly));

        var manifest = registry.SourceFor("Dataset.Manifest");

        Assert.Contains("[assembly: global::Dataset.DatasetShard(\"Registry.Data\", \"dataset-shard 1\\n@registry/actors.yaml\\na\\tunited-states\\t2,9\\tUnited States\\n", manifest, StringComparison.Ordinal);
        // A display with a tab, a line break, a backslash and quotes survives the round trip into the shard's docs
        // (which show the tab and the line break as spaces).
        Assert.Empty(shard.Diagnostics);
        Assert.Contains("United Kingdom → A firm co\\ \"quoted\"", shard.SourceFor("seeds_article_yaml"), StringComparison.Ordinal);
    }

    private static DatasetCatalog CatalogOf(Assembly assembly, string @namespace) =>
        (DatasetCatalog)assembly.GetType(@namespace + ".Catalog", throwOnError: true)!.GetField("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
