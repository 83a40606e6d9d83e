namespace Dataset.Cli.Text;

/// <summary>Every field of one record and its relations, for `show`.</summary>
internal static class ItemDetails
{
    public static void Write(TextWriter w, DatasetCatalog catalog, Document d)
    {
        Header(w, "document", d.Id.Value, d.Title, d.Source);
        Field(w, "publisher", d.Publisher);
        Field(w, "wire", d.Wire);
        Field(w, "published", Names.Date(d.Published));
        Field(w, "dateline", d.Dateline);
        Field(w, "text", $"{d.TextFile} ({d.TextLength} characters)");
        Field(w, "url", d.Url);
        Field(w, "retrieved", d.Retrieved is { } retrieved ? Names.Date(retrieved) : null);
        Field(w, "language", Names.Language(d));
        List(w, "statements", catalog.StatementsIn(d).Select(ItemLines.Of));
        List(w, "sanctions", catalog.SanctionsIn(d).Select(ItemLines.Of));
    }

    public static void Write(TextWriter w, DatasetCatalog catalog, Actor a)
    {
        Header(w, "actor", a.Id.Value, a.Name, a.Source);
        Field(w, "kind", Names.Kebab(a.Kind));
        Field(w, "roles", a.Roles.Count == 0 ? null : string.Join("; ", a.Roles.Select(Names.Role)));
        Field(w, "aliases", a.Aliases.Count == 0 ? null : string.Join(", ", a.Aliases));
        Field(w, "wikidata", a.Wikidata is null ? null : $"{a.Wikidata} (https://www.wikidata.org/wiki/{a.Wikidata})");
        Field(w, "introduced in", a.IntroducedIn?.Value ?? "the shared actor registry");
        List(w, "members", catalog.MembersOf(a).Select(Actor));
        List(w, "member of", catalog.GroupsOf(a).Select(Actor));
        List(w, "statements made", catalog.StatementsBy(a).Select(ItemLines.Of));
        List(w, "statements to it", catalog.Statements.Where(s => s.AudienceIds.Contains(a.Id)).Select(ItemLines.Of));
        List(w, "statements it conveyed", catalog.Statements.Where(s => s.ViaId == a.Id).Select(ItemLines.Of));
        List(w, "sanctions imposed", catalog.SanctionsBy(a).Select(ItemLines.Of));
        List(w, "sanctions against", catalog.SanctionsAgainst(a).Select(ItemLines.Of));
    }

    public static void Write(TextWriter w, DatasetCatalog catalog, Statement s, ArticleTexts articles)
    {
        Header(
            w,
            "statement",
            s.Id.Value,
            $"{s.Speaker.Name}: {Names.Kebab(s.Act)}{(s.Audience.Count == 0 ? string.Empty : " → " + string.Join(", ", s.Audience.Select(a => a.Name)))}",
            s.Source);
        Field(w, "speaker", Actor(s.Speaker));
        Field(w, "via", s.Via is { } via ? Actor(via) : null);
        Field(w, "audience", s.Audience.Count == 0 ? null : string.Join(", ", s.Audience.Select(Actor)));
        Field(w, "act", Names.Kebab(s.Act));
        Field(w, "form", Names.Kebab(s.Form));
        Field(w, "said on", s.IsStandingPosition ? "standing position, no day" : s.SaidOn is null ? "not given" : Names.Date(s.SaidOn));
        Field(w, "summary", s.Summary);
        Field(w, "responds to", s.RespondsTo is { } answered ? ItemLines.Of(answered) : null);
        List(w, "answered by", catalog.Statements.Where(other => other.RespondsToId == s.Id).Select(ItemLines.Of));
        Field(w, "restates", s.Restates is { } restated ? ItemLines.Of(restated) : null);
        List(w, "restated by", catalog.StatementsIn(s.Document).Where(other => other.RestatesId == s.Id).Select(ItemLines.Of));
        Links(w, s.SameAsIds.Select(id => id.Value), s.DistinctFromIds.Select(id => id.Value));
        Event(w, s.Event, s.Event.Reports.Where(r => r.Id != s.Id).Select(ItemLines.Of));
        Draft(w, s.IsDraft);
        Evidence(w, s.Evidence, s.Document, articles);
    }

    public static void Write(TextWriter w, Sanction s, ArticleTexts articles)
    {
        Header(w, "sanction", s.Id.Value, $"{s.Imposer.Name} → {string.Join(", ", s.Targets.Select(t => t.Name))}: {Names.Kebab(s.Status)}", s.Source);
        Field(w, "imposer", Actor(s.Imposer));
        Field(w, "proposer", s.Proposer is { } proposer ? Actor(proposer) : null);
        Field(w, "targets", string.Join(", ", s.Targets.Select(Actor)));
        Field(w, "status", Names.Kebab(s.Status));
        Field(w, "reason", s.Reason);
        Field(w, "date", s.Date is null ? null : Names.Date(s.Date));
        Field(w, "provisions", s.Provisions.Count == 0 ? null : string.Join(", ", s.Provisions.Select(p => Provision(s, p))));
        Field(w, "program", s.Program);
        Field(w, "authority", s.Authority);
        Field(w, "start", s.Start is null ? null : Names.Date(s.Start));
        Field(w, "end", s.End is null ? null : Names.Date(s.End));
        Links(w, s.SameAsIds.Select(id => id.Value), s.DistinctFromIds.Select(id => id.Value));
        Event(w, s.Event, s.Event.Reports.Where(r => r.Id != s.Id).Select(ItemLines.Of));
        Draft(w, s.IsDraft);
        Evidence(w, s.Evidence, s.Document, articles);
    }

    private static string Actor(Actor a) => $"{a.Name} [{a.Id}]";

    /// <summary>A provision, with the targets it names when it applies to some of the sanction's only: <c>travel-ban (for a, b)</c>.</summary>
    private static string Provision(Sanction s, SanctionProvision p) =>
        p.TargetIds.Count == 0 ? p.ToString() : $"{p} (for {string.Join(", ", s.TargetIdsOf(p).Select(t => t.Value))})";

    private static void Header(TextWriter w, string kind, string id, string title, SourceLocation source)
    {
        w.WriteLine($"{kind} {id}");
        w.WriteLine($"  {title}");
        Field(w, "declared at", source.ToString());
    }

    private static void Field(TextWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteLine($"  {name + ":",-15}{value}");
        }
    }

    private static void List(TextWriter w, string name, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        if (all.Count == 0)
        {
            return;
        }

        w.WriteLine($"  {name} ({all.Count}):");
        foreach (var line in all)
        {
            w.WriteLine($"    {line}");
        }
    }

    private static void Links(TextWriter w, IEnumerable<string> sameAs, IEnumerable<string> distinctFrom)
    {
        Field(w, "same as", string.Join(", ", sameAs));
        Field(w, "distinct from", string.Join(", ", distinctFrom));
    }

    // The event is worth a line only when other reports share it; a record alone is its own event.
    private static void Event(TextWriter w, ReportedEvent e, IEnumerable<string> otherReports)
    {
        if (!e.IsLinked)
        {
            return;
        }

        var publishers = e.PublisherCount == 1 ? "1 publisher" : $"{e.PublisherCount} publishers";
        var articles = e.ArticleCount == 1 ? "1 article" : $"{e.ArticleCount} articles";
        var sources = e.SourceCount == 1 ? "1 independent source" : $"{e.SourceCount} independent sources";
        Field(w, "event", $"{e.Id} ({e.ReportCount} reports in {articles}, {publishers}, {sources}: {string.Join(", ", e.Sources)})");
        List(w, "other reports", otherReports);
    }

    private static void Draft(TextWriter w, bool isDraft) => Field(w, "draft", isDraft ? "yes, not reviewed yet" : null);

    private static void Evidence(TextWriter w, Evidence e, Document d, ArticleTexts articles)
    {
        Field(w, "evidence", Names.Quote(e.Exact));
        Field(w, "found in", $"{d.Id} ({d.TextFile}), {EvidenceSpan.Describe(e, articles.Find(d))}");
    }
}
