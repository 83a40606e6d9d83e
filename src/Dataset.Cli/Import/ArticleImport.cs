using System.Globalization;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Text;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;
using Dataset.Annotations.Validation;

namespace Dataset.Cli.Import;

/// <summary>The document fields an import cannot find in the source, given on the command line.</summary>
internal sealed record ImportDefaults(string? Publisher, string? Published);

/// <summary>One article turned into an annotation: its document section, the drafted entries, and where it was read.</summary>
internal sealed record ImportedAnnotation(ImportedArticle Article, string DocumentId, string Title, string Publisher, string Published, ArticleDraft Draft);

/// <summary>
/// Turns one imported article into drafted entries: actor spans become actors (only those a statement or sanction
/// refers to), statement spans statements whose evidence is the span's text, sanction spans sanctions. A span whose
/// text does not occur exactly once in the article is reported where it was read and left out, as is any entry
/// without a speaker, imposer or target: the import never widens a span or picks a passage of its own.
/// </summary>
internal static class ArticleImport
{
    public static ImportedAnnotation? Map(ImportedArticle article, ActorBook actors, ImportDefaults defaults, string source, ImportProblems problems)
    {
        var header = Header(article, defaults, source, problems);
        if (header is null)
        {
            return null;
        }

        // The engine reads the saved text without its byte-order mark; evidence is found in that.
        var engineText = article.Text.StartsWith('\uFEFF') ? article.Text[1..] : article.Text;
        var byKey = article.Spans.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var actorSpans = article.Spans.Where(s => ImportLabels.Kind(s.Label) == SpanKind.Actor).ToList();
        var declared = new List<DraftActor>();
        string Refer(ImportedSpan span)
        {
            var (id, declare) = actors.Refer(span.Text, ImportLabels.ActorKind(span.Label), span.Label);
            if (declare is not null)
            {
                declared.Add(declare);
            }

            return id;
        }

        var statements = new List<DraftStatement>();
        var sanctions = new List<DraftSanction>();
        foreach (var span in article.Spans)
        {
            var kind = ImportLabels.Kind(span.Label);
            if (kind == SpanKind.Other)
            {
                problems.Add(span.Where, $"{span.Key}: the label '{span.Label}' is no actor kind, statement or sanction the dataset has; left out");
                continue;
            }

            if (kind == SpanKind.Actor)
            {
                continue;
            }

            if (!Evidence(span, engineText, problems))
            {
                continue;
            }

            var linked = Linked(span, article, byKey);
            var attributes = article.Attributes.GetValueOrDefault(span.Key) ?? new Dictionary<string, string>();
            var note = article.Notes.GetValueOrDefault(span.Key);
            if (kind == SpanKind.Statement)
            {
                var speaker = linked.FirstOrDefault(l => l.Role is "speaker" or null).Span ?? Nearest(span, actorSpans, before: true);
                if (speaker is null)
                {
                    problems.Add(span.Where, $"{span.Key}: no relation names its speaker and no actor is marked before it; left out");
                    continue;
                }

                var act = ImportLabels.Act(attributes.GetValueOrDefault("act")) ?? ImportLabels.Act(span.Label);
                var speakerId = Refer(speaker);
                var audience = linked.Where(l => l.Role == "audience").Select(l => Refer(l.Span)).Distinct().ToList();
                statements.Add(new DraftStatement(
                    actors.Ids.Make($"{speakerId} {act ?? "says"} {span.Text}", "statement"),
                    speakerId,
                    act ?? SpeechActs.Claim,
                    act is null ? span.Label : null,
                    IsQuote(span.Text) ? "direct" : "indirect",
                    attributes.GetValueOrDefault("said-on") is { } saidOn && IsDate(saidOn) ? saidOn : "undated",
                    span.Text,
                    new TextRange(span.Start, span.End)) { Audience = audience.ToEquatableArray(), Summary = note });
            }
            else
            {
                var imposer = linked.FirstOrDefault(l => l.Role == "imposer" || (l.Role is null && l.From)).Span ?? Nearest(span, actorSpans, before: true);
                var targets = linked.Where(l => l.Role == "target" || (l.Role is null && !l.From)).Select(l => l.Span).ToList();
                if (targets.Count == 0 && Nearest(span, actorSpans.Where(a => a != imposer), before: false) is { } after)
                {
                    targets.Add(after);
                }

                if (imposer is null || targets.Count == 0)
                {
                    problems.Add(span.Where, $"{span.Key}: no relation or marked actor gives its {(imposer is null ? "imposer" : "target")}; left out");
                    continue;
                }

                var imposerId = Refer(imposer);
                var targetIds = targets.Select(Refer).Distinct().ToList();
                sanctions.Add(new DraftSanction(
                    actors.Ids.Make($"{imposerId} sanctions {targetIds[0]}", "sanction"),
                    imposerId,
                    targetIds,
                    ImportLabels.Status(attributes.GetValueOrDefault("status")) ?? ImportLabels.Status(span.Label) ?? "imposed",
                    [],
                    attributes.GetValueOrDefault("date") is { } date && IsDate(date) ? date : null,
                    span.Text,
                    new TextRange(span.Start, span.End)) { Reason = note });
            }
        }

        var (id, title, publisher, published) = header.Value;
        return new ImportedAnnotation(article, id, title, publisher, published, new ArticleDraft(declared, statements, sanctions));
    }

    private static (string Id, string Title, string Publisher, string Published)? Header(
        ImportedArticle article,
        ImportDefaults defaults,
        string source,
        ImportProblems problems)
    {
        var fromName = NameConvention.Read(article.Name);
        var published = article.Meta.Published ?? fromName?.Published ?? defaults.Published;
        var publisher = article.Meta.Publisher ?? fromName?.PublisherGuess ?? defaults.Publisher;
        if (published is null || !IsDate(published))
        {
            problems.Add(
                source,
                $"{article.Name}: {(published is null ? "no publication date" : $"'{published}' is not a date (YYYY-MM-DD)")}: the source gives none, the " +
                    "name is not YYYY-MM-DD-publisher-slug, and no --published was given; the article is left out");
            return null;
        }

        if (publisher is null)
        {
            problems.Add(
                source,
                $"{article.Name}: no publisher: the source gives none, the name is not YYYY-MM-DD-publisher-slug, and no --publisher was given; the article " +
                    "is left out");
            return null;
        }

        var title = article.Meta.Title is { Length: > 0 } given ? given : null;
        title ??= article.Text.Split('\n').Select(l => l.Trim().Trim('\uFEFF')).FirstOrDefault(l => l.Length > 0) ?? article.Name;
        return (Text.StarterAnnotation.DocumentId(fromName?.DocumentIdText ?? article.Name), title, publisher, published);
    }

    /// <summary>The source's url and retrieval date when the build would accept them; one it would refuse is reported and left out.</summary>
    public static ImportedMeta Checked(ImportedMeta meta, string where, ImportProblems problems)
    {
        if (meta.Url is { } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && !url.Any(char.IsWhiteSpace)))
        {
            problems.Add(where, $"the url {SpanReading.Quote(url)} is not an absolute http or https URL; left out");
            meta = meta with { Url = null };
        }

        if (meta.Retrieved is { } retrieved
            && (!IsDate(retrieved) || (meta.Published is { } published && IsDate(published) && string.CompareOrdinal(retrieved, published) < 0)))
        {
            problems.Add(where, $"the retrieval date '{retrieved}' is not a date (YYYY-MM-DD) on or after publication; left out");
            meta = meta with { Retrieved = null };
        }

        return meta;
    }

    /// <summary>Evidence must be the article's text and occur there once, the rule every annotation meets.</summary>
    private static bool Evidence(ImportedSpan span, string engineText, ImportProblems problems)
    {
        if (span.Discontinuous)
        {
            problems.Add(span.Where, $"{span.Key}: a span of several fragments cannot be evidence, which is one passage of the article; left out");
            return false;
        }

        if (span.Text.Trim().Length == 0)
        {
            problems.Add(span.Where, $"{span.Key}: the span holds only white space; left out");
            return false;
        }

        if (!EvidenceLocator.OccursOnce(engineText, span.Text))
        {
            problems.Add(
                span.Where,
                $"{span.Key}: {SpanReading.Quote(span.Text)} occurs more than once in the article, and evidence must occur once; extend the span in the " +
                    "source tool; left out");
            return false;
        }

        return true;
    }

    /// <summary>The actor spans a relation joins to this span: the role its label gives, and whether the actor is the relation's first argument.</summary>
    private static List<(ImportedSpan Span, string? Role, bool From)> Linked(ImportedSpan span, ImportedArticle article, Dictionary<string, ImportedSpan> byKey)
    {
        var linked = new List<(ImportedSpan, string?, bool)>();
        foreach (var relation in article.Relations)
        {
            var other = relation.From == span.Key ? relation.To : relation.To == span.Key ? relation.From : null;
            if (other is not null && byKey.TryGetValue(other, out var actor) && ImportLabels.Kind(actor.Label) == SpanKind.Actor)
            {
                linked.Add((actor, ImportLabels.Role(relation.Label), relation.From == other));
            }
        }

        return linked;
    }

    /// <summary>The actor marked closest before (or after) the span, or inside it: a draft's proposal, which the draft mark asks a person to check.</summary>
    private static ImportedSpan? Nearest(ImportedSpan span, IEnumerable<ImportedSpan> actors, bool before) => before
        ? actors.Where(a => a.Start < span.End).OrderByDescending(a => a.Start).FirstOrDefault()
        : actors.Where(a => a.Start >= span.Start).OrderBy(a => a.Start).FirstOrDefault();

    private static bool IsQuote(string text) => text.Length > 0 && text[0] is '"' or '\u201C' or '\u00AB' or '\u2018' or '\u201E';

    private static bool IsDate(string text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
