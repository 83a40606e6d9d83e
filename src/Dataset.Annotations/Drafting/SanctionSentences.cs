using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>What a clause reports of a sanction: who imposes it on whom, where it stands, what it does, and the clause.</summary>
internal sealed record SanctionReading(string Imposer, IReadOnlyList<string> Targets, string Status, IReadOnlyList<string> Provisions, TextRange Clause);

/// <summary>
/// Finds the sentences that report a sanction ("imposed sanctions on", "agreed to sanction", "an asset freeze",
/// "a travel ban"): its imposer is the sentence's subject, its targets the parties after "on", "against" or the verb
/// "sanctioned"; its status comes from the verb (imposed, agreed, announced, considered, threatened, lifted, forthcoming: "will impose") and its
/// provisions from the measure's words, as FollowTheMoney names them.
/// </summary>
internal static class SanctionSentences
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Measure = new(
        @"\b(sanction(s|ed|ing)?|(new |restrictive |punitive )?measures against|asset[s]? freeze|froze[n]?\b.{0,30}\bassets"
            + @"|freez(e|ing) (of )?(the )?assets|travel ban|arms embargo|embargo|blacklist(ed|ing)?)\b",
        Options);

    private static readonly Regex Target = new(@"\b(on|against|targeting|sanction|sanctioned|sanctioning|blacklisted)\s+(?<target>[^.;:()]+)", Options);

    /// <summary>Where a target list stops: "on X over Y", "on X for Y", "on X, saying …".</summary>
    private static readonly Regex TargetEnd = new(
        @"(\s+(over|for|after|because|in response|in retaliation|amid|as|which|who|that|it|they|to|from|under|until|on|by|in|with|at)\b"
            + @"|,\s+(saying|adding|said|which|who|the|a|it|in|as|after|and said)\b|\s+\u2014|\s+-\s)",
        Options);

    private static readonly (Regex Pattern, string Status)[] Statuses =
    {
        (new Regex(@"\b(lift(s|ed|ing)?|eas(e|es|ed|ing)|remov(e|es|ed|ing)|scrap(s|ped|ping)?)\b", Options), "lifted"),
        (new Regex(@"\b(threaten(s|ed|ing)?|could face|would face|warn(s|ed)? of)\b", Options), "threatened"),
        (new Regex(@"\b(will|shall|(is|are) (set |expected |due )?to)\s+(announce|impose|unveil|introduce|adopt|slap)\b", Options), "forthcoming"),
        (new Regex(
            @"\b(consider(s|ed|ing)?|weigh(s|ed|ing)?|mull(s|ed|ing)?|propos(e|es|ed|ing)|plan(s|ned|ning)? to|discuss(es|ed|ing)?|prepar(e|es|ed|ing))\b",
            Options), "considered"),
        (new Regex(@"\b(agree(s|d)?|approv(e|es|ed|ing)|provisionally|endors(e|es|ed))\b", Options), "agreed"),
        (new Regex(@"\b(announc(e|es|ed|ing)|unveil(s|ed|ing)?)\b", Options), "announced"),
    };

    private static readonly (Regex Pattern, string Provision)[] Provisions =
    {
        (new Regex(@"\basset[s]? freeze|\bfroze[n]?\b.{0,30}\bassets|\bfreez(e|ing) (of )?(the )?assets", Options), "asset-freeze"),
        (new Regex(@"\btravel ban|\bvisa ban|\bentry ban", Options), "travel-ban"),
        (new Regex(@"\barms embargo", Options), "arms-embargo"),
        (new Regex(@"\bexport (ban|control)", Options), "export-ban"),
        (new Regex(@"\bimport ban|\bban(s|ned)? (on )?(the )?import", Options), "import-ban"),
        (new Regex(@"\b(financial|banking) (sanctions|restrictions|measures)|\bSWIFT\b", Options), "financial"),
    };

    /// <summary>The sanctions a sentence reports, one per clause, leaving out those whose parties cannot be read.</summary>
    public static IEnumerable<SanctionReading> Read(
        string text,
        TextRange sentence,
        IReadOnlyList<Quote> quotes,
        ActorResolver actors,
        string? lastSpeaker)
    {
        foreach (var clause in Clauses.Of(text, sentence, quotes))
        {
            if (ReadClause(text, clause, quotes, actors, lastSpeaker) is { } reading)
            {
                yield return reading;
            }
        }
    }

    private static SanctionReading? ReadClause(
        string text,
        TextRange clause,
        IReadOnlyList<Quote> quotes,
        ActorResolver actors,
        string? lastSpeaker)
    {
        var words = EvidenceChoice.Slice(text, clause);
        var measure = Measure.Match(words);
        if (!measure.Success || Quotes.Inside(quotes, clause.Start + measure.Index) || Spans.Trim(text, clause) is not { } range)
        {
            return null;
        }

        var imposer = Imposer(text, clause, clause.Start + measure.Index, actors, lastSpeaker);
        var targets = Targets(text, clause, words, measure, quotes, actors).Where(t => t != imposer).Distinct(StringComparer.Ordinal).ToList();
        if (imposer is null || targets.Count == 0)
        {
            return null;
        }

        var status = Statuses.FirstOrDefault(s => s.Pattern.IsMatch(words)).Status ?? "imposed";
        var provisions = Provisions.Where(p => p.Pattern.IsMatch(words)).Select(p => p.Provision).ToList();
        return new SanctionReading(imposer, targets, status, provisions, range);
    }

    /// <summary>The party named first before the measure: a known actor, else the sentence's opening noun phrase.</summary>
    private static string? Imposer(string text, TextRange sentence, int measure, ActorResolver actors, string? lastSpeaker)
    {
        var named = actors.NamedIn(text, sentence.Start, measure).OrderBy(n => n.Start).ThenByDescending(n => n.End - n.Start).FirstOrDefault();
        if (named.Id is not null)
        {
            return named.Id;
        }

        // "The European Union imposed …": the capitalised words the sentence opens with.
        var opening = Regex.Match(
            EvidenceChoice.Slice(text, new TextRange(sentence.Start, measure)),
            @"^\s*(?:The\s+)?(?<name>(?:[A-Z][\w\u2019'.-]*\s+){0,4}[A-Z][\w\u2019'.-]*)");
        if (opening.Success)
        {
            return actors.Resolve(opening.Groups["name"].Value, lastSpeaker);
        }

        var pronoun = Regex.Match(EvidenceChoice.Slice(text, new TextRange(sentence.Start, measure)), @"^\s*(?<p>It|They|He|She)\b");
        return pronoun.Success ? lastSpeaker : null;
    }

    private static IEnumerable<string> Targets(
        string text,
        TextRange clause,
        string words,
        Match measure,
        IReadOnlyList<Quote> quotes,
        ActorResolver actors)
    {
        var after = Target.Match(words, measure.Index);
        while (after.Success && Quotes.Inside(quotes, clause.Start + after.Index))
        {
            after = after.NextMatch();
        }

        if (!after.Success)
        {
            yield break;
        }

        var group = after.Groups["target"];
        var end = TargetEnd.Match(group.Value) is { Success: true } stop ? stop.Index : group.Length;
        var start = clause.Start + group.Index;
        var known = actors.NamedIn(text, start, start + end).OrderBy(n => n.Start).ToList();
        if (known.Count > 0)
        {
            foreach (var named in known)
            {
                yield return named.Id;
            }

            yield break;
        }

        foreach (var part in Words.ListItems(group.Value.Substring(0, end)))
        {
            var name = Regex.Replace(
                part.Trim(),
                @"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|more|new)\s+",
                string.Empty,
                RegexOptions.CultureInvariant);
            if (name.Length > 1 && ActorKindGuess.IsPartyName(name) && actors.Resolve(name, null) is { } id)
            {
                yield return id;
            }
        }
    }
}
