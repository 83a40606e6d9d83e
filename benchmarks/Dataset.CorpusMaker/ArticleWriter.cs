using System.Globalization;
using System.Text;

namespace Dataset.CorpusMaker;

/// <summary>One synthetic article: its text, its annotation and the ids it declares.</summary>
internal sealed record SyntheticArticle(string TextPath, string Text, string AnnotationPath, string Annotation, List<string> StatementIds, int SanctionCount);

/// <summary>
/// Writes one article. Its cast is six actors of the registry (consecutive, so the registry is covered) plus one
/// person it introduces; each speaks at least once. Every item is about a different topic, so evidence is unique.
/// </summary>
internal static class ArticleWriter
{
    private static readonly DateOnly FirstDay = new(2022, 2, 24);

    private static readonly Dictionary<string, string> IndirectVerbs = new(StringComparer.Ordinal)
    {
        ["urge"] = "urged restraint over", ["demand"] = "demanded answers on", ["confirm"] = "confirmed an agreement on",
        ["claim"] = "claimed progress on", ["accuse"] = "accused rivals of lying about", ["deny"] = "denied any role in",
        ["condemn"] = "condemned the escalation over", ["support"] = "backed a joint position on", ["express-concern"] = "voiced concern about",
        ["announce"] = "announced new steps on", ["assess"] = "gave an assessment of", ["warn"] = "warned of consequences over",
        ["pledge"] = "pledged more help with", ["request"] = "asked for an emergency meeting on", ["discuss"] = "held talks on",
        ["decline-comment"] = "declined to comment on",
    };

    private static readonly string[] Acts = IndirectVerbs.Keys.ToArray();

    private static readonly (string Status, string Verb)[] Statuses =
    {
        ("considered", "was considering sanctions on"), ("threatened", "threatened sanctions on"), ("agreed", "agreed sanctions on"),
        ("announced", "announced sanctions on"), ("imposed", "imposed sanctions on"), ("lifted", "lifted sanctions on"),
    };

    public static SyntheticArticle Write(int index, int articles, int seed, ActorPool pool, Random random, string? previousStatement)
    {
        var number = index.ToString("D5", CultureInfo.InvariantCulture);
        var published = FirstDay.AddDays(index % 1000);
        var publisher = Vocabulary.Publishers[random.Next(Vocabulary.Publishers.Length)];
        var dateline = Vocabulary.States[random.Next(Vocabulary.States.Length)].Capital;
        var local = ActorPool.Person(random, null, "a" + number) with { RoleOf = pool.States[random.Next(pool.States.Count)].Id };
        var cast = Enumerable.Range(0, 6).Select(j => pool.All[((index * 6) + j) % pool.Count]).Append(local).ToList();
        var topics = Vocabulary.Topics.OrderBy(_ => random.Next()).ToList();
        var weekday = Vocabulary.Weekdays[random.Next(Vocabulary.Weekdays.Length)];

        var slug = ActorPool.Slug(cast[0].Name) + "-" + number;
        var baseName = $"{YamlWriter.Date(published)}-{ActorPool.Slug(publisher)}-{slug}";
        var documentId = $"{ActorPool.Slug(publisher)}-{YamlWriter.Date(published)}-{slug}";

        var text = new StringBuilder();
        var paragraphs = new List<string>();
        var statements = new StringBuilder("statements:\n");
        var statementIds = new List<string>();
        var evidence = new List<string>();
        var statementCount = 8 + random.Next(5);
        for (var j = 0; j < statementCount; j++)
        {
            var speaker = cast[j % cast.Count];
            var act = Acts[random.Next(Acts.Length)];
            var topic = topics[j];
            var direct = random.Next(3) == 0;
            string sentence, quote;
            if (direct)
            {
                var clause = Vocabulary.Clauses[random.Next(Vocabulary.Clauses.Length)];
                quote = char.ToUpperInvariant(clause[0]) + clause[1..] + " on " + topic;
                sentence = $"“{quote},” {speaker.Name} said on {weekday}.";
            }
            else
            {
                quote = IndirectVerbs[act] + " " + topic;
                sentence = $"{speaker.Name} {quote} on {weekday}, according to {publisher}.";
            }

            paragraphs.Add(sentence);
            evidence.Add(quote);
            if (random.Next(3) == 0)
            {
                paragraphs.Add(Vocabulary.Fillers[random.Next(Vocabulary.Fillers.Length)]);
            }

            var id = $"{ActorPool.Slug(speaker.Name)}-{act}-{number}-{j:D2}";
            statementIds.Add(id);
            statements.Append("  - id: ").Append(id).Append('\n');
            YamlWriter.Field(statements, "speaker", speaker.Id);
            if (random.Next(10) == 0)
            {
                YamlWriter.Field(statements, "via", pool.All[Popular(random, pool.Count)].Id);
            }

            YamlWriter.List(statements, "audience", random.Next(3) == 0 ? new[] { pool.All[Popular(random, pool.Count)].Id } : Array.Empty<string>());
            YamlWriter.Field(statements, "act", act);
            YamlWriter.Field(statements, "form", direct ? "direct" : "indirect");
            YamlWriter.Field(statements, "said-on", YamlWriter.Date(published.AddDays(-random.Next(3))));
            YamlWriter.Field(statements, "summary", j == 0 || random.Next(2) == 0 ? $"{speaker.Name} on {topic}" : null, quoted: true);
            YamlWriter.Field(statements, "evidence", quote, quoted: true);
            var answered = j > 0 && random.Next(7) == 0 ? statementIds[random.Next(j)]
                : j == 1 && previousStatement is not null && random.Next(10) == 0 ? previousStatement
                : null;
            YamlWriter.Field(statements, "responds-to", answered);
        }

        var sanctions = new StringBuilder("sanctions:\n");
        var sanctionCount = 2 + random.Next(3);
        for (var k = 0; k < sanctionCount; k++)
        {
            var imposer = pool.Imposers[Popular(random, pool.Imposers.Count)];
            var targets = cast.Where(a => a.Id != imposer.Id).OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList();
            var (status, verb) = Statuses[random.Next(Statuses.Length)];
            var topic = topics[statementCount + k];
            var quote = $"{verb} {string.Join(" and ", targets.Select(t => t.Name))} over {topic}";
            paragraphs.Add($"{imposer.Name} {quote}, officials said.");
            evidence.Add(quote);
            sanctions.Append("  - id: ").Append(ActorPool.Slug(imposer.Name)).Append("-sanctions-").Append(number).Append('-').Append(k).Append('\n');
            YamlWriter.Field(sanctions, "imposer", imposer.Id);
            YamlWriter.List(sanctions, "targets", targets.Select(t => t.Id).ToList());
            YamlWriter.Field(sanctions, "status", status);
            YamlWriter.Field(sanctions, "reason", random.Next(2) == 0 ? Vocabulary.Reasons[random.Next(Vocabulary.Reasons.Length)] : null, quoted: true);
            YamlWriter.Field(sanctions, "date", random.Next(2) == 0 ? YamlWriter.Date(published.AddDays(-1)) : null);
            YamlWriter.Field(sanctions, "evidence", quote, quoted: true);
        }

        var title = $"{cast[0].Name} speaks on {topics[0]}";
        text.Append(title).Append('\n');
        text.Append(dateline.ToUpperInvariant()).Append(": Officials traded positions on ").Append(weekday).Append(" as talks went on.\n");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append('\n');
        }

        var articleText = text.ToString();
        foreach (var quote in evidence)
        {
            var first = articleText.IndexOf(quote, StringComparison.Ordinal);
            if (first < 0 || articleText.IndexOf(quote, first + 1, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"Evidence '{quote}' of article {index} does not occur exactly once.");
            }
        }

        var annotation = new StringBuilder();
        annotation.Append(CultureInfo.InvariantCulture, $"# Synthetic article {index + 1} of {articles} (seed {seed}).\n");
        annotation.Append("document:\n");
        annotation.Append("  id: ").Append(documentId).Append('\n');
        annotation.Append("  title: ").Append(YamlWriter.Quote(title)).Append('\n');
        annotation.Append("  publisher: ").Append(YamlWriter.Quote(publisher)).Append('\n');
        annotation.Append("  published: ").Append(YamlWriter.Date(published)).Append('\n');
        annotation.Append("  dateline: ").Append(YamlWriter.Quote(dateline)).Append('\n');
        annotation.Append("  text: ").Append(baseName).Append(".txt\n");
        annotation.Append("actors:\n");
        YamlWriter.Actor(annotation, local);
        annotation.Append(statements).Append(sanctions);
        return new SyntheticArticle(baseName + ".txt", articleText, baseName + ".yaml", annotation.ToString(), statementIds, sanctionCount);
    }

    /// <summary>An index skewed to the start, so a few actors appear in many articles, as in real news.</summary>
    private static int Popular(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 3));
}
