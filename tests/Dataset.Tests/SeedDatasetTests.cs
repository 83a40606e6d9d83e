using Dataset.Seeds;

namespace Dataset.Tests;

/// <summary>Facts of the seed article, read through the compiled dataset.</summary>
public class SeedDatasetTests
{
    private static readonly DatasetCatalog Data = Catalog.Instance;

    private static readonly string ArticleText = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, Data.Documents.Single().TextFile));

    [Fact]
    public void The_seed_article_is_one_document_published_by_Dawn_on_22_October_2022()
    {
        var document = Assert.Single(Data.Documents);
        Assert.Equal("Dawn", document.Publisher);
        Assert.Equal(new DateOnly(2022, 10, 22), document.Published);
        Assert.Equal(ArticleText.Length, document.TextLength);
    }

    [Fact]
    public void Kirby_speaks_the_expose_deter_and_confront_statement()
    {
        var statement = Assert.Single(Data.Statements, s => s.Evidence.Exact.Contains("expose, deter and confront", StringComparison.Ordinal));
        Assert.Equal("John Kirby", statement.Speaker.Name);
    }

    [Fact]
    public void Austin_urged_Shoigu_on_Friday_21_October()
    {
        var statement = Assert.Single(Data.Statements, s => s.Evidence.Exact.Contains("lines of communication” open", StringComparison.Ordinal));
        Assert.Equal(Actors.LloydAustin, statement.Speaker);
        Assert.Equal(SpeechAct.Urge, statement.Act);
        Assert.Equal(new DateOnly(2022, 10, 21), statement.SaidOn);
        Assert.Contains(statement.Audience, a => a.Name == "Sergei Shoigu");
    }

    [Fact]
    public void Statements_the_article_does_not_date_have_no_date_and_the_May_call_is_dated()
    {
        Assert.Null(Assert.Single(Data.Statements, s => s.Evidence.Exact == "Iran has denied the drones are Iranian-made").SaidOn);
        var ceasefire = Assert.Single(Data.Statements, s => s.Evidence.Exact.Contains("“immediate ceasefire”", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2022, 5, 13), ceasefire.SaidOn);
    }

    [Fact]
    public void Britain_imposed_its_sanctions()
    {
        var sanction = Assert.Single(Data.Sanctions, s => s.Imposer.Name == "United Kingdom");
        Assert.Equal(SanctionStatus.Imposed, sanction.Status);
        Assert.Contains("Britain imposed sanctions", sanction.Evidence.Exact, StringComparison.Ordinal);
        Assert.Equal(2, sanction.Targets.Count);
        Assert.All(sanction.Targets, t => Assert.Equal(ActorKind.Group, t.Kind));
    }

    [Fact]
    public void The_EU_agreed_measures_and_the_US_considers_more_sanctions()
    {
        Assert.Contains(Data.Sanctions, s => s.Imposer.Name.Contains("European Union", StringComparison.Ordinal) && s.Status == SanctionStatus.Agreed);
        Assert.Contains(Data.Sanctions, s => s.Imposer.Name == "United States" && s.Status == SanctionStatus.Considered);
    }

    [Fact]
    public void The_article_yields_well_over_a_dozen_statements_of_many_kinds()
    {
        Assert.True(Data.Statements.Count > 15, $"{Data.Statements.Count} statements");
        Assert.Contains(Data.Statements, s => s.Act == SpeechAct.Deny);
        Assert.Contains(Data.Statements, s => s.Act == SpeechAct.Accuse);
        Assert.Contains(Data.Statements, s => s.Act == SpeechAct.ExpressConcern);
        Assert.Contains(Data.Statements, s => s.Form == StatementForm.Direct);
        Assert.Contains(Data.Statements, s => s.RespondsTo is not null);
    }

    [Fact]
    public void Every_evidence_selector_points_at_its_exact_text_in_the_article()
    {
        var evidence = Data.Statements.Select(s => s.Evidence).Concat(Data.Sanctions.Select(s => s.Evidence)).ToList();
        Assert.All(evidence, e =>
        {
            Assert.Equal(e.Exact, ArticleText[e.Start..e.End]);
            Assert.EndsWith(e.Prefix, ArticleText[..e.Start], StringComparison.Ordinal);
            Assert.StartsWith(e.Suffix, ArticleText[e.End..], StringComparison.Ordinal);
            Assert.Equal(ArticleText[..e.Start].Count(c => c == '\n') + 1, e.StartLine);
            Assert.Equal(1, CountOccurrences(ArticleText, e.Exact));
        });
    }

    [Fact]
    public void Every_reference_resolves_and_every_actor_is_used()
    {
        var used = new HashSet<ActorId>();
        foreach (var statement in Data.Statements)
        {
            used.Add(statement.Speaker.Id);
            used.UnionWith(statement.Audience.Select(a => a.Id));
            if (statement.Via is { } via)
            {
                used.Add(via.Id);
            }
        }

        foreach (var sanction in Data.Sanctions)
        {
            used.Add(sanction.Imposer.Id);
            used.UnionWith(sanction.Targets.Select(a => a.Id));
        }

        used.UnionWith(Data.Actors.SelectMany(a => a.Roles).Select(r => r.Of).OfType<Actor>().Select(a => a.Id));
        Assert.Equal(Data.Actors.Select(a => a.Id.Value).Order(StringComparer.Ordinal), used.Select(id => id.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Look_ups_and_queries_agree_with_the_lists()
    {
        Assert.Same(Actors.LloydAustin, Data.FindActor(new ActorId("lloyd-austin")));
        Assert.Null(Data.FindActor(new ActorId("nobody")));
        Assert.Throws<KeyNotFoundException>(() => Data.GetStatement(new StatementId("nothing")));
        Assert.Equal(Data.Statements.Where(s => s.Speaker == Actors.LloydAustin), Data.StatementsBy(Actors.LloydAustin));
        Assert.All(Data.Sanctions, s => Assert.All(s.Targets, t => Assert.Contains(s, Data.SanctionsAgainst(t))));
        Assert.Equal(Data.Actors.OrderBy(a => a.Id.Value, StringComparer.Ordinal), Data.Actors);
        Assert.Equal(Data.Statements.Count, Statements.All.Count);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
