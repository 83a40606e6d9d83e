using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Text.Cues;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Text;
using Dataset.LanguageFormat;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Drafts an annotation from an article: a statement for each sentence the coverage check finds attributed (and each
/// quoted passage it finds, continuing the last speaker), and a sanction for each sentence reporting one. The reading
/// is the coverage check's own (<see cref="AttributionFinder"/>), so the passages drafted are the passages it reports.
/// Every entry is a proposal: the writer marks it <c>draft: true</c> until a person has checked it.
/// </summary>
internal static class ArticleDrafter
{
    public static ArticleDraft Draft(DraftRequest request)
    {
        var text = request.Text;
        if (text.Length > Parsing.YamlLimits.MaxArticleChars || !LanguageCodes.IsJudged(request.Language.Code))
        {
            // Too large to annotate at all (the evidence check says so, DS0017), or in a language whose quotation marks
            // and reporting verbs the reading does not know (coverage says so).
            return new ArticleDraft(new List<DraftActor>(), new List<DraftStatement>(), new List<DraftSanction>());
        }

        var ids = new DraftIds(request.TakenIds);
        var actors = new ActorResolver(request.Actors, ids, text);
        var reader = new ArticleReader(text, request.Language.Code);
        var finder = reader.Finder;
        var acts = ContentActs.For(reader.Language);
        var statements = new List<DraftStatement>();
        var sanctions = new List<DraftSanction>();
        string? lastSpeaker = null;
        var spoke = new List<string>();
        foreach (var paragraph in reader.Paragraphs())
        {
            var passages = paragraph.Quotes;
            foreach (var sentence in reader.Sentences(paragraph))
            {
                // Every sentence is read, wanted or not, so that an entry is the same whichever passage is asked for.
                var wanted = !request.Covered.Any(sentence.Overlaps);
                var parts = StatementParts.Of(text, sentence, passages, finder);
                var speaker = parts.Count == 0 ? (QuotesOnly(text, sentence, passages) ? lastSpeaker : null) : null;
                if (wanted)
                {
                    sanctions.AddRange(SanctionSentences.Read(text, sentence, passages, actors, lastSpeaker)
                        .Where(sanction => EvidenceChoice.OccursOnce(text, sanction.Clause))
                        .Select(sanction => Sanction(text, sanction, ids, request.Published)));
                }

                if (parts.Count == 0 && speaker is not null && wanted && EvidenceChoice.For(text, sentence, passages, finder, null) is { } quoted)
                {
                    statements.Add(Statement(text, sentence, sentence, quoted, speaker, null, reader, ids, request.Published, acts));
                }

                var partSpeakers = new List<string>();
                foreach (var part in parts)
                {
                    var cue = part.Cue;
                    partSpeakers = part.Coordinated ? partSpeakers : Speakers(finder, cue, actors, lastSpeaker, spoke, part.Clause, passages);

                    // "Уральское управление Ростехнадзора по итогам проверки признало …, сообщила пресс-служба управления": when
                    // the subject names no one, the source that closes the clause and relays it speaks.
                    if (partSpeakers.Count == 0 && !part.Coordinated && StatementParts.Relay(finder, part.Clause, cue) is { } relay)
                    {
                        cue = relay;
                        partSpeakers = Speakers(finder, cue, actors, lastSpeaker, spoke, part.Clause, passages);
                    }

                    // "Инициативная группа … собрала 6 тысяч подписей, рассказала координатор группы Марина Тихонова": the
                    // officer relays for the group the clause opens with, which speaks.
                    if (!part.Coordinated && partSpeakers.Count > 0 && RelayedSubject.Of(finder, part.Clause, cue) is { } subject)
                    {
                        partSpeakers = actors.ResolveAll(subject, lastSpeaker, spoke);
                    }

                    if (partSpeakers.Count > 0 && wanted && EvidenceChoice.For(text, part.Clause, passages, finder, cue) is { } chosen)
                    {
                        // "China and Russia argued that …": one statement for each party, with the same evidence.
                        statements.AddRange(partSpeakers.Select(
                            s => Statement(text, sentence, part.Clause, chosen, s, cue, reader, ids, request.Published, acts)));
                    }

                    speaker ??= partSpeakers.FirstOrDefault();
                    spoke.AddRange(partSpeakers);
                }

                if (speaker is not null)
                {
                    lastSpeaker = speaker;
                    if (parts.Count == 0)
                    {
                        spoke.Add(speaker);
                    }
                }

                foreach (var cue in finder.Cues)
                {
                    if (finder.SourceRange(cue) is { } source)
                    {
                        actors.Mention(text.Substring(source.Start, source.End - source.Start));
                    }
                }
            }
        }

        if (request.Only is { } only)
        {
            statements.RemoveAll(s => !s.Range.Overlaps(only));
            sanctions.RemoveAll(s => !s.Range.Overlaps(only));
        }

        var used = new HashSet<string>(
            statements.Select(s => s.Speaker).Concat(sanctions.SelectMany(s => s.Targets.Concat(new[] { s.Imposer }))),
            System.StringComparer.Ordinal);
        return new ArticleDraft(actors.Drafted.Where(a => used.Contains(a.Id)).ToList(), statements, sanctions);
    }

    private static DraftSanction Sanction(string text, SanctionReading sanction, DraftIds ids, Model.DateValue? published)
    {
        var evidence = EvidenceChoice.Slice(text, sanction.Clause);
        var date = DraftDates.Find(evidence, published);
        return new DraftSanction(
            ids.Make($"{sanction.Imposer} sanctions {sanction.Targets[0]}", "sanction"),
            sanction.Imposer,
            sanction.Targets,
            sanction.Status,
            sanction.Provisions,
            date is { } day ? DraftDates.Format(day) : null,
            evidence,
            sanction.Clause);
    }

    private static DraftStatement Statement(
        string text,
        TextRange sentence,
        TextRange clause,
        ChosenEvidence chosen,
        string speaker,
        Cue? cue,
        ArticleReader reader,
        DraftIds ids,
        Model.DateValue? published,
        ContentActs acts)
    {
        var finder = reader.Finder;
        var plain = cue is null || cue.Value.Neutral;
        var said = Said(text, clause, chosen, cue, finder);
        var relayed = plain ? Relayed(finder, cue, said) : null;
        var read = plain ? relayed ?? acts.Read(said) : acts.Refine(cue!.Value.Act, said);
        var guessed = plain || read is not null ? Verb(text, finder, cue) : null;
        var ruleAct = read?.Act ?? (plain ? CueLexicon.NeutralAct : cue!.Value.Act);
        var signals = ActFeatures.Of(reader.Language, acts, cue, said, chosen.IsQuote, ruleAct, relayedVerb: relayed is not null);
        var act = LearnedActs.Choose(reader.Language, signals);
        var learned = LearnedActs.Chosen(reader.Language, signals);
        return new DraftStatement(
            ids.Make($"{speaker} {ActVerbs.ThirdPerson(act)} {Topic(chosen.Text, speaker)}", "statement"),
            speaker,
            act,
            guessed,
            chosen.IsQuote ? "direct" : "indirect",
            DraftDates.SaidOn(EvidenceChoice.Slice(text, sentence), published),
            chosen.Text,
            chosen.Range) { ReadFrom = learned ? null : read?.Words, Learned = learned, Signals = signals };
    }

    /// <summary>
    /// What was said, for reading its act: the cue's content when it holds the evidence ("said he would prove “his
    /// innocence”"), else the evidence itself (a quote that goes on from the last speaker, or one after "replied:").
    /// </summary>
    private static SaidContent Said(string text, TextRange clause, ChosenEvidence chosen, Cue? cue, AttributionFinder finder)
    {
        var content = cue is { } found ? CueContent.Of(text, clause, finder, found) : null;
        var holds = content is { } c && c.Range(finder) is var range && range.Start <= chosen.Range.Start && chosen.Range.End <= range.End;
        var (start, end) = holds ? (content!.Value.Start, content.Value.End) : CueContent.Spanning(finder, chosen.Range);
        return new SaidContent(text, finder.Tokens, start, end);
    }

    /// <summary>
    /// "Компании потребовали пересмотра, сообщила Ассоциация": what a source relays is reported with a verb of its own,
    /// which names the act (not a plain one: "Лаптев заявил …, сообщила ассоциация" is still read from what was said).
    /// </summary>
    private static ActReading? Relayed(AttributionFinder finder, Cue? relay, SaidContent said)
    {
        if (relay is not { ContentBefore: true })
        {
            return null;
        }

        foreach (var cue in finder.Cues)
        {
            if (cue.Kind == CueKind.Verb && !cue.Neutral && cue.First >= said.Start && cue.End <= said.End)
            {
                return new ActReading(cue.Act, said.Words(cue.First, cue.End - 1));
            }
        }

        return null;
    }

    /// <summary>
    /// Who a cue's source names (each party of "China and Russia"); "it" or "they" is the first party the clause named
    /// before the cue ("Britain imposed sanctions on a firm it said …"), else the last speaker.
    /// </summary>
    private static List<string> Speakers(
        AttributionFinder finder,
        Cue cue,
        ActorResolver actors,
        string? lastSpeaker,
        IReadOnlyList<string> spoke,
        TextRange clause,
        IReadOnlyList<Quote> passages)
    {
        if (cue.Kind == CueKind.Continuation)
        {
            return lastSpeaker is null ? new List<string>() : new List<string> { lastSpeaker };
        }

        if (finder.SourceRange(cue) is not { } source)
        {
            return new List<string>();
        }

        // The source itself may open with the party ("Britain imposed sanctions on … a firm it said"), outside quotes.
        var named = actors.NamedIn(finder.Text, clause.Start, source.End)
            .Where(n => !Quotes.Inside(passages, n.Start))
            .OrderBy(n => n.Start)
            .Select(n => n.Id)
            .FirstOrDefault();
        var written = finder.Text.Substring(source.Start, source.End - source.Start);

        var asWritten = written;
        // "в пресс-службе Краснодарского" cut short of its court, and any body's name, in the nominative: "пресс-служба
        // Краснодарского краевого суда".
        var whole = RussianBodies.WholeName(finder.Text, source.Start, written) ?? written;
        written = RussianCases.Nominative(RussianSource(finder.Text, source.Start, whole, actors));
        var isBody = !string.Equals(written, asWritten, System.StringComparison.Ordinal);

        // "no immediate reaction from Tehran to the US accusations": the source ends before what it reacts to.
        var to = written.IndexOf(" to ", System.StringComparison.Ordinal);
        if (cue.Kind == CueKind.NoComment && to > 0)
        {
            written = written.Substring(0, to);
        }

        // "The Ghana Cocoa Board now expects …, a spokesman told": a spokesman of a party no one named before speaks
        // for the name that opens the clause.
        // "Members of the UN Security Council clashed …, with several calling for": some of the party that opens it.
        var party = named ?? lastSpeaker;
        if ((ActorResolver.PartOfAnother(written) || (party is null && ActorResolver.SpeaksForAnother(written)))
            && SourcePhrase.OpeningName(finder.Text, clause.Start, source.Start) is { } opening)
        {
            party = actors.Resolve(opening, null) ?? party;
        }

        var speakers = actors.ResolveAll(written, party, spoke, isName: isBody);

        // "в министерстве здравоохранения республики", drafted as "… Республики Карелия": the words as written name the
        // same body when a bare "В министерстве" refers back to them.
        if (isBody && speakers.Count == 1 && RussianBodies.IsOfTheRepublic(asWritten))
        {
            actors.AlsoNamed(speakers[0], asWritten.Trim());
        }

        return speakers;
    }

    /// <summary>
    /// A Russian source as the body it refers back to: "В компании отвергли …", "сообщили в ведомстве" is the body of
    /// the noun's sort named before (a declared or drafted government body for "ведомство"); "В ведомстве эти обвинения
    /// отвергли", the noun followed by the verb's object in lower case, is the bare noun too; "пресс-служба
    /// перевозчика" speaks for that body ("пресс-служба авиакомпании «Саянские авиалинии»"), and is so named when the
    /// source describes the company ("Пресс-служба рыболовецкого холдинга «Лазурный улов»"); "министерство … региона"
    /// is the ministry of the region named before. Any other source is left as written.
    /// </summary>
    private static string RussianSource(string text, int start, string written, ActorResolver actors)
    {
        // "В «Мигоме» назвали …" after "Сервис такси «Мигом»": a name in quotes as first written, in any case.
        var trimmed = written.Trim();
        if (trimmed.Length > 2 && trimmed[0] == '\u00AB' && trimmed[trimmed.Length - 1] == '\u00BB' && trimmed.IndexOf('\u00AB', 1) < 0)
        {
            return RussianBodies.QuotedNameAsFirstWritten(text, start, trimmed.Substring(1, trimmed.Length - 2)) ?? written;
        }

        // "В «Корзинке» утечку подтвердили": a name in quotes, then the verb's object in lower case, is the name alone, as
        // first written.
        if (trimmed.Length > 2 && trimmed[0] == '\u00AB' && trimmed.IndexOf('\u00BB') is var close and > 1 && close < trimmed.Length - 2
            && trimmed.IndexOf('\u00AB', 1) < 0 && trimmed[close + 1] == ' ' && char.IsLower(trimmed[close + 2])
            && RussianBodies.QuotedNameAsFirstWritten(text, start, trimmed.Substring(1, close - 1)) is { } beforeObject)
        {
            return beforeObject;
        }

        // "Сомов вину не признал" after "… Андрея Сомова": a surname no one has yet spoken by is the person named before in full.
        if (!actors.NamesWhole(written) && RussianBodies.FullNameBefore(text, start, written) is { } fullName)
        {
            return fullName;
        }

        // "В Министерстве науки и высшего образования России" for a body declared "… Российской Федерации": the same name.
        if (RussianBodies.WithTheFederation(written) is { } federal && actors.NamesWhole(federal))
        {
            return federal;
        }

        if (RussianBodies.WithCommitteeOfRussia(written) is { } committeeOffice)
        {
            return committeeOffice;
        }

        if (RussianBodies.VoiceOfDescribedCompany(written) is { } companyVoice)
        {
            return companyVoice;
        }

        // "В университете отвергли …", "в пресс-службе вуза": the university named before.
        if (RussianBodies.OfTheUniversity(text, start, written) is { } university)
        {
            return university;
        }

        if (SourcePhrase.Of(written) is not { Count: > 0 } bare || bare.Skip(1).Any(SourcePhrase.IsCapitalised))
        {
            return written;
        }

        // "В Госавтоинспекции предупредили" after "По данным Госавтоинспекции Краснодара": the body and the place it serves.
        if (bare.Count == 1 && SourcePhrase.IsCapitalised(bare[0]) && RussianBodies.NamedBeforeWithPlace(text, start, bare[0]) is { } withPlace)
        {
            return withPlace;
        }

        // "сообщила пресс-служба перевозчика, компании «…»": the company set off after the source is the one it speaks for.
        if (bare.Count == 2 && RussianBodies.VoiceOfApposedCompany(text, start + written.Length, bare[0], bare[1]) is { } apposedVoice)
        {
            return apposedVoice;
        }

        // "По версии следствия, которое вело ГСУ …": the body the clause after the inquiry names as leading it.
        if (RussianBodies.InquiryLedBy(text, start + written.Length, written) is { } leader)
        {
            return leader;
        }

        var named = actors.LastBodyNamed(text, start);

        // "В прокуратуре добавили" after "говорится в сообщении прокуратуры Саратовской области" and another body: the last
        // body named by that noun.
        if (bare.Count == 1 && actors.LastBodyNamed(text, start, bare[0]) is { } ofTheNoun)
        {
            named = ofTheNoun;
        }
        if (RussianBodies.OwnerOfSite(text, start, written, named) is { } owner)
        {
            return owner;
        }

        if (RussianBodies.Of(text, start, bare[0], named) is { } body)
        {
            return body.Name;
        }

        if (bare.Count == 2 && RussianBodies.VoiceOfCompany(text, start, bare[0], bare[1]) is { } voice)
        {
            return voice;
        }

        // "Активисты движения требуют …": the group its members speak for.
        if (bare.Count == 2 && RussianBodies.GroupOfMembers(text, start, bare[0], bare[1]) is { } group)
        {
            return group;
        }

        // "сообщила пресс-служба министерства": the voice of the ministry named before, by that ministry's name.
        if (bare.Count == 2 && RussianBodies.VoiceOfMinistry(text, start, bare[0], bare[1]) is { } ministryVoice)
        {
            return ministryVoice;
        }

        // "сообщила пресс-служба суда": the voice of the court named before, by that court's name.
        if (bare.Count == 2 && RussianBodies.VoiceOfCourt(text, start, bare[0], bare[1]) is { } courtVoice)
        {
            return courtVoice;
        }

        return RussianBodies.WithRegion(written, text, start);
    }

    /// <summary>A sentence with a quote of four words or more and no cue: the last speaker goes on.</summary>
    private static bool QuotesOnly(string text, TextRange sentence, IReadOnlyList<Quote> passages) =>
        EvidenceChoice.QuotesIn(text, sentence, passages).Any();

    /// <summary>The plain verb whose act is a guess ("said"), or what stood for it, for the note beside the act.</summary>
    private static string Verb(string text, AttributionFinder finder, Cue? cue)
    {
        if (cue is not { } found)
        {
            return "a quote";
        }

        if (found.Kind != CueKind.Verb)
        {
            return found.Kind switch
            {
                CueKind.AccordingTo => "according to",
                CueKind.InStatement => "in a statement",
                CueKind.Passive => "a passive report",
                _ => "a quote",
            };
        }

        var first = finder.Tokens[found.First];
        var last = finder.Tokens[found.End - 1];
        return text.Substring(first.Start, last.End - first.Start);
    }

    /// <summary>Up to three content words of the evidence, for a readable id.</summary>
    private static string Topic(string evidence, string speaker)
    {
        var speakerWords = new HashSet<string>(speaker.Split('-'), System.StringComparer.Ordinal);
        return string.Join(" ", Words.Split(evidence)
            .Where(w => w.Length > 2 && !StopWords.Contains(w.ToLowerInvariant()) && !speakerWords.Contains(w.ToLowerInvariant()) && !CueLexicon.IsCueWord(w))
            .Take(3));
    }

    private static readonly HashSet<string> StopWords = new(System.StringComparer.Ordinal)
    {
        "the", "and", "that", "this", "with", "for", "from", "was", "were", "are", "has", "have", "had", "been", "its",
        "their", "his", "her", "they", "she", "will", "would", "could", "should", "not", "but", "all", "our", "you",
        "who", "which", "what", "there", "than", "then", "into", "over", "also", "said", "says", "told", "about",
    };
}
