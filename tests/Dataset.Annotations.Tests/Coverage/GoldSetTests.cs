using Dataset.Annotations.Evaluation;
using Xunit.Abstractions;

namespace Dataset.Annotations.Tests.Coverage;

/// <summary>
/// The coverage check's attributed sentences against the gold set (Gold/README.md): wire reports written for it,
/// whose annotations mark every sentence that attributes speech to a source.
/// </summary>
public class GoldSetTests(ITestOutputHelper output)
{
    public static string Folder => FolderOf("Gold");

    public static TheoryData<string> Sets => new() { "Gold", "Gold2", "Gold3", "GoldRu" };

    /// <summary>The gold sets and the seed article, whose drafts' acts are measured.</summary>
    public static TheoryData<string> DraftedSets => new() { "Gold", "Gold2", "Gold3", "seed" };

    /// <summary>
    /// Every set the folder holds: besides the fitted ones, Gold4 (written after the act rules and measured once, too
    /// small for the detection figures), HeldOutRu (Russian, measured once when the first Russian rules were final, then
    /// fitted), HeldOutRu2 (Russian, written before the second, measured once after them, then fitted), HeldOutRu3
    /// (Russian, written apart from the third, measured once after them, then fitted), HeldOutRu4 (written apart from
    /// the fourth, measured once after them, then fitted), HeldOutRu5 (written apart from the rules that follow the act
    /// codebook, measured once after them, then fitted), HeldOutRu6 (written apart from the act rules read from
    /// grammar signals, measured once after them, then fitted), HeldOutRu7 (written apart from the speaker rules
    /// fitted on HeldOutRu6, measured once after them, then fitted) and HeldOutRu8 (written apart from the rules
    /// fitted on HeldOutRu7, measured once after them, then fitted), HeldOutRu9 (written apart from the learned act
    /// of Russian drafts, measured once after it, then fitted), HeldOutRu10 (written apart from the rules fitted on
    /// HeldOutRu9, measured once after them, then fitted) and HeldOutRu11 (written apart from the rules fitted on
    /// HeldOutRu10, measured once after them, then fitted) and HeldOutRu12 (written apart from the rules fitted on
    /// HeldOutRu11, measured once after them, then fitted) and HeldOutRu13 (written apart from the rules fitted on
    /// HeldOutRu12 and the logistic regression, measured once after them, then fitted). A Russian statement reported with a plain verb is
    /// drafted with the learned act (Drafting/Acts/LearnedActs.cs), trained on every one of these sets, so a Russian
    /// set's right acts below say how far that model fits it, not how far it carries; each floor is what the logistic
    /// regression reads of its set since it replaced naive Bayes (on every set at least as many acts).
    /// </summary>
    public static TheoryData<string> AllSets => new()
    {
        "Gold", "Gold2", "Gold3", "Gold4", "HeldOutRu", "HeldOutRu2", "HeldOutRu3", "HeldOutRu4", "HeldOutRu5", "HeldOutRu6", "HeldOutRu7",
        "HeldOutRu8", "HeldOutRu9", "HeldOutRu10", "HeldOutRu11", "HeldOutRu12", "HeldOutRu13", "GoldRu",
    };

    public static string FolderOf(string set) => Path.Combine(RepositoryPaths.Root, "tests", "Dataset.Annotations.Tests", "Coverage", set);

    [Theory]
    [MemberData(nameof(AllSets))]
    public void The_gold_annotations_validate_with_no_error_or_warning(string set)
    {
        var problems = AnnotationValidator.Validate(Files(set));

        Assert.Empty(problems);
    }

    [Fact]
    public void The_score_reads_every_article_of_the_gold_sets_and_they_hold_at_least_eight()
    {
        var articles = new[] {
            "Gold", "Gold2", "Gold3" }.Select(
                set => (Read: DetectionScore.Of(
                    AnnotatedArticle.In(Files(set))).Articles, Texts: Files(set).Count(f => f.Key.EndsWith(".txt", StringComparison.Ordinal))))
            .ToList();

        Assert.All(articles, a => Assert.Equal(a.Texts, a.Read));
        Assert.True(articles.Sum(a => a.Read) >= 8, $"The gold sets hold {articles.Sum(a => a.Read)} articles.");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Attributed_sentences_are_found_with_at_least_95_percent_recall_and_90_percent_precision(string set)
    {
        var score = DetectionScore.Of(AnnotatedArticle.In(Files(set)));

        foreach (var disagreement in score.Disagreements)
        {
            output.WriteLine(
                $"{Path.GetFileName(disagreement.TextPath)}:{disagreement.Line}: {(disagreement.Gold ? "missed" : "not in the gold set")}: " +
                    $"{disagreement.Sentence}");
        }

        output.WriteLine(
            $"{score.Articles} articles, {score.SentencesRead} sentences, {score.Gold} attributed, {score.Found} found, {score.Agreed} both: precision " +
                $"{score.Precision:P1}, recall {score.Recall:P1}");
        Assert.True(score.Gold >= 20, $"The gold set marks enough attributed sentences to measure ({score.Gold}).");
        Assert.True(score.Recall >= 0.95, $"Recall {score.Recall:P1} is under 95 %.");
        Assert.True(score.Precision >= 0.90, $"Precision {score.Precision:P1} is under 90 %.");
    }

    [Fact]
    public void On_the_seed_article_every_sentence_its_annotation_attributes_is_found_and_nothing_else()
    {
        var score = DetectionScore.Of(AnnotatedArticle.In(SeedArticle.Files()));

        Assert.Empty(score.Disagreements);
        Assert.Equal(score.Gold, score.Agreed);
    }

    [Fact]
    public void Drafts_of_the_seed_article_overlap_90_percent_of_its_statements_and_80_percent_of_those_have_the_right_speaker()
    {
        var score = DraftScore.Of(SeedArticle.Files().ToList());

        Report(score);
        Assert.True(score.OverlapShare >= 0.90, $"Overlapped {score.OverlapShare:P1} is under 90 %.");
        Assert.True(score.SpeakerShare >= 0.80, $"Right speaker {score.SpeakerShare:P1} is under 80 %.");
    }

    /// <summary>The targets: each set 95 % overlapped, and 95 % of the three sets' overlapped statements with the right speaker (151 of 158 reached).</summary>
    [Fact]
    public void Drafts_of_the_gold_articles_overlap_95_percent_of_each_sets_statements_and_95_percent_of_those_have_the_right_speaker()
    {
        var scores = new[] { "Gold", "Gold2", "Gold3" }.Select(set => DraftScore.Of(Files(set))).ToList();
        scores.ForEach(Report);

        var gold = scores.Sum(s => s.Gold);
        var overlapped = scores.Sum(s => s.Overlapped);
        var speaker = scores.Sum(s => s.RightSpeaker);
        Assert.True(gold >= 150, $"The gold sets hold enough statements to measure ({gold}).");
        Assert.True(overlapped >= 158 && speaker >= 151, $"Overlapped {overlapped}, {speaker} with the right speaker: under 158 and 151.");
        Assert.All(scores, s => Assert.True(s.OverlapShare >= 0.95, $"Overlapped {s.Overlapped} of {s.Gold}: under 95 %."));
        Assert.True(speaker >= 0.95 * overlapped, $"Right speaker {speaker} of {overlapped}: under 95 %.");
    }

    [Theory]
    [MemberData(nameof(DraftedSets))]
    public void Drafts_get_the_act_of_75_percent_of_the_statements_they_overlap(string set)
    {
        var score = DraftScore.Of(set == "seed" ? SeedArticle.Files().ToList() : Files(set));

        foreach (var statement in score.Statements.Where(s => s.Overlapped && !s.Act))
        {
            output.WriteLine($"{Path.GetFileName(statement.TextPath)}: {statement.Statement}: drafted as {statement.DraftedAs}");
        }

        Report(score);
        Assert.True(score.Overlapped >= 20, $"The set has enough overlapped statements to measure ({score.Overlapped}).");
        Assert.True(score.ActShare >= 0.75, $"Right act {score.RightAct} of {score.Overlapped} ({score.ActShare:P1}) is under 75 %.");
    }

    /// <summary>
    /// The Russian set (GoldRu/README.md), read by the Russian rules: at least 95 % of its statements overlapped, 90 % of
    /// those with the right speaker, and every act right, as reached when the act rules read Russian content
    /// (<c>RussianSaidActs</c>; 20 of 30 before, when a Russian draft's act was its verb's).
    /// </summary>
    [Fact]
    public void Drafts_of_the_russian_set_overlap_95_percent_of_its_statements_with_the_right_speaker_for_90_percent_and_every_act()
    {
        var score = DraftScore.Of(Files("GoldRu"));
        Report(score);
        foreach (var statement in score.Statements.Where(s => s.Overlapped && !s.Act))
        {
            output.WriteLine($"{Path.GetFileName(statement.TextPath)}: {statement.Statement}: drafted as {statement.DraftedAs}");
        }

        Assert.Equal(30, score.Gold);
        Assert.True(score.OverlapShare >= 0.95, $"Overlapped {score.Overlapped} of {score.Gold} is under 95 %.");
        Assert.True(score.SpeakerShare >= 0.90, $"Right speaker {score.RightSpeaker} of {score.Overlapped} is under 90 %.");
        Assert.True(score.RightAct == score.Overlapped, $"Right act {score.RightAct} of {score.Overlapped} ({score.ActShare:P1}): not every act.");
    }

    /// <summary>
    /// Gold4 was measured once after the act rules were fitted (15 of 18); an authority's own deed read as announced, as
    /// the act codebook has it (docs/acts.md), then gave 17; a change that loses its acts shows here.
    /// </summary>
    [Fact]
    public void Drafts_of_the_set_measured_once_after_the_act_rules_keep_what_the_rules_reach_on_its_acts()
    {
        var score = DraftScore.Of(Files("Gold4"));
        Report(score);

        Assert.Equal(18, score.Gold);
        Assert.Equal(score.Gold, score.Overlapped);
        Assert.True(score.RightAct >= 17, $"Right act {score.RightAct} of {score.Overlapped} ({score.ActShare:P1}).");
    }

    /// <summary>
    /// HeldOutRu was measured once after the first Russian rules (15 of 16 sentences found, 15 of 16 statements
    /// overlapped, 14 right speaker, 12 right act), then the rules were fitted on its misses: every sentence found (the
    /// headline the annotation does not mark found too), every statement overlapped with the right speaker, 15 acts.
    /// </summary>
    [Fact]
    public void The_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu")));
        var drafts = DraftScore.Of(Files("HeldOutRu"));
        Report(drafts);

        Assert.Equal((16, 16), (detection.Gold, drafts.Gold));
        Assert.True(
            detection.Agreed == 16 && detection.Found - detection.Agreed <= 1,
            $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 16, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == 16, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 15, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu2 was written before the second Russian rules and measured once after them (24 of its 27 attributed
    /// sentences found, 27 of 30 statements overlapped, 22 right speaker, 15 right act), then the third Russian rules
    /// were fitted on its misses: every sentence found and nothing else, every statement overlapped with the right
    /// speaker, 29 acts right (30 since the act model was counted again after the ninth set's rules were fitted).
    /// </summary>
    [Fact]
    public void The_second_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu2")));
        var drafts = DraftScore.Of(Files("HeldOutRu2"));
        Report(drafts);

        Assert.Equal((27, 30), (detection.Gold, drafts.Gold));
        Assert.True(detection.Agreed == 27 && detection.Found == 27, $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 30, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == 30, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 30, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu3 was written apart from the third Russian rules and measured once when they were final (every one of
    /// its 28 attributed sentences found and one more, a court's ruling in the headline; 28 of its 30 statements
    /// overlapped, 22 with the right speaker, 11 with the right act), then the fourth Russian rules were fitted on its
    /// misses: 29 statements overlapped, all with the right speaker, 28 acts right; the act codebook (docs/acts.md) then
    /// read "стороны должны …" as the urging it annotates: 29 acts right; since drafts follow the coverage check's
    /// reading ("как сообщается на сайте Росздравнадзора"), all 30 statements overlapped with the right speaker.
    /// </summary>
    [Fact]
    public void The_third_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu3")));
        var drafts = DraftScore.Of(Files("HeldOutRu3"));
        Report(drafts);

        Assert.Equal((28, 30), (detection.Gold, drafts.Gold));
        Assert.True(detection.Agreed == 28 && detection.Found <= 29, $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 30, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == drafts.Overlapped, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 29, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu4 was written apart from the fourth Russian rules and measured once when they were final: every one of
    /// its 29 attributed sentences found and nothing else, 24 of its 30 statements overlapped, 19 with the right speaker,
    /// 10 with the right act — what those rules carry to Russian they never saw; then the act rules were made to follow
    /// the act codebook (docs/acts.md) and fitted on its misses (20 of the 24 acts right), drafts were made to follow the
    /// coverage check's reading and the speaker rules fitted on its misses: all 30 overlapped with the right speaker, 26
    /// acts right.
    /// </summary>
    [Fact]
    public void The_fourth_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu4")));
        var drafts = DraftScore.Of(Files("HeldOutRu4"));
        Report(drafts);

        Assert.Equal((29, 30), (detection.Gold, drafts.Gold));
        Assert.True(detection.Agreed == 29 && detection.Found == 29, $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 30, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == 30, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 28, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu5 was written apart from the rules, its acts annotated by the act codebook (docs/acts.md) that the rules
    /// follow too, and measured once when they were final: 38 of its 39 attributed sentences found and 2 more, 35 of its
    /// 40 statements overlapped, 28 with the right speaker, 17 with the right act, 34 with the right form — what the
    /// rules carry to Russian they never saw; then the Russian act rules were made to read general signals of grammar
    /// (a future and whose it is, a condition and its consequence, a deed named in quotes, what is owed put off, the
    /// hardship of the affected, an estimate) in the codebook's order, checked on every other set: 32 acts right; then
    /// the reading and speaker rules were fitted on its misses (a verb joined by "и" to a deed, a subject before a
    /// relative clause, "объяснили", a bare noun of a body's sort, "ведомство" for a declared body, the press service of
    /// a company's noun, "региона"): all 39 sentences found and 2 more, 39 statements overlapped, all with the right
    /// speaker, 34 acts and 38 forms right; then "обсудил" was read as a discussion, the governor's call among them: 40
    /// overlapped, all with the right speaker, 35 acts and 39 forms right.
    /// </summary>
    [Fact]
    public void The_fifth_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu5")));
        var drafts = DraftScore.Of(Files("HeldOutRu5"));
        Report(drafts);

        Assert.Equal((39, 40), (detection.Gold, drafts.Gold));
        Assert.True(
            detection.Agreed == 39 && detection.Found - detection.Agreed <= 2,
            $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped >= 40, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == drafts.Overlapped, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 40, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 39, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu6 was written apart from the rules, its acts annotated by the act codebook (docs/acts.md), and measured
    /// once when the act rules read from signals of Russian grammar (futures, conditions, evaluations) and the reading and
    /// speaker rules fitted on HeldOutRu5 were final: all 35 attributed sentences found and 1 more, 38 of its 39
    /// statements overlapped, 28 with the right speaker, 17 with the right act, 37 with the right form — what the rules
    /// carry to Russian they never saw; then the speaker rules were fitted on its misses (a body referred to again by its
    /// noun, a region's adjective or "города", a name in quotes in any case, a title opening a sentence, a regional
    /// office running to its region, "по" inside a title): all 38 overlapped with the right speaker.
    /// </summary>
    [Fact]
    public void The_sixth_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu6")));
        var drafts = DraftScore.Of(Files("HeldOutRu6"));
        Report(drafts);

        Assert.Equal((35, 39), (detection.Gold, drafts.Gold));
        Assert.True(
            detection.Agreed == 35 && detection.Found - detection.Agreed <= 1,
            $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped >= 38, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == drafts.Overlapped, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 36, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 37, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu7 (a dam inspection, a metro line's delay, a crab quota cut, a landfill protest, deaths at a zoo) was
    /// written apart from the rules, its acts annotated by the act codebook (docs/acts.md), and measured once when the
    /// speaker rules fitted on HeldOutRu6 were final: 46 of its 48 attributed sentences found and none more, 42 of its
    /// 49 statements overlapped, 39 with the right speaker, 23 with the right act, 39 with the right form — what the
    /// rules carry to Russian they never saw; then the reading and speaker rules were fitted on its misses of overlap and
    /// speaker (a relay speaking when the subject names no one, "не согласились с тем, что" a denial, "и" no source,
    /// "назвал" with its source before an apposition, a passive's long body, a title's office and portfolio before its
    /// holder's name, "координатор" a title, "ведомство" no body's voice, a company's voice by its noun and name): the
    /// same 46 sentences found and none more, all 49 statements overlapped with the right speaker, 27 acts, 46 forms.
    /// </summary>
    [Fact]
    public void The_seventh_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu7")));
        var drafts = DraftScore.Of(Files("HeldOutRu7"));
        Report(drafts);

        Assert.Equal((48, 49), (detection.Gold, drafts.Gold));
        Assert.True(
            detection.Agreed >= 46 && detection.Found == detection.Agreed,
            $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 49, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == drafts.Overlapped, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 47, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 46, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu8 (food poisoning at a school canteen, a university's admissions, a river ferry closed by low water, a
    /// hospital merger, a methane outburst in a mine) was written apart from the rules, its acts annotated by the act
    /// codebook (docs/acts.md), and measured once when the reading and speaker rules fitted on HeldOutRu7 were final:
    /// 46 of its 50 attributed sentences found and none more, 44 of its 50 statements overlapped, 38 with the right
    /// speaker, 16 with the right act, all 44 with the right form — what the rules carry to Russian they never saw; then
    /// the reading and speaker rules were fitted on its misses of coverage, overlap and speaker ("опасаются", "говорят"
    /// after a relative clause, "обратился … с просьбой", words on placards, "говорится в сообщении на сайте
    /// управления", a name in quotes one word of a source, "по её словам" inside what the source says, "назвали …
    /// необоснованными" and "с этим не согласились и заявили" denials of their own, a relay by the subject's officer, a
    /// body's name opening with a capitalised adjective, "следствия" and "профсоюза" the bodies named before): all 50
    /// sentences found and none more, all 50 statements overlapped with the right speaker, 21 acts, 50 forms.
    /// </summary>
    [Fact]
    public void The_eighth_russian_set_fitted_after_it_was_measured_keeps_what_the_rules_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu8")));
        var drafts = DraftScore.Of(Files("HeldOutRu8"));
        Report(drafts);

        Assert.Equal((50, 50), (detection.Gold, drafts.Gold));
        Assert.True(
            detection.Agreed == 50 && detection.Found == detection.Agreed,
            $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 50, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == drafts.Overlapped, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 50, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 50, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu9 (a city's snow-removal contract ended, a tram route closed, a fishing ban on a lake extended, village
    /// pharmacies closed, a theatre's reconstruction put off) was written apart from the rules, its acts annotated by the
    /// act codebook (docs/acts.md), and measured once when Russian drafts had taken the learned act (the model counted on
    /// every set before it): 48 of its 51 attributed sentences found and none more, 50 of its 55 statements overlapped,
    /// 43 with the right speaker, 34 with the right act (the rules alone: 31), 48 with the right form — what the rules
    /// and the model carry to Russian they never saw. The model, counted again with it, read 41 of its acts. Then the
    /// ninth Russian rules were fitted on its misses, not on its acts: "напомнили", "просят" and "уверен, что" as cues, a
    /// body named in one word after "в" ending before the request it left unanswered, a title set off by a comma, a body's
    /// portfolio after "по", bodies named by their noun and region or by an acronym of "управление", a mayoralty, a chain's
    /// press service, the head of a government body, an officer relaying for the group opening the clause; with the model
    /// counted again, every sentence found and none more, every statement overlapped with the right speaker, 44 acts
    /// right, 53 forms.
    /// </summary>
    [Fact]
    public void The_ninth_russian_set_measured_once_keeps_what_the_drafts_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu9")));
        var drafts = DraftScore.Of(Files("HeldOutRu9"));
        Report(drafts);

        Assert.Equal((51, 55), (detection.Gold, drafts.Gold));
        Assert.True(detection.Agreed == 51 && detection.Found == 51, $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 55, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker == 55, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 53, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 53, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu10 (a bus fare raised, a gas pipeline to villages running late, an extra measles vaccination, a pine
    /// forest's felling halted, a shipyard's late dredgers) was written apart from the rules, its acts annotated by the
    /// act codebook (docs/acts.md), and measured once when the rules fitted on HeldOutRu9 and the learned act were final:
    /// 47 of its 49 attributed sentences found and none more, 54 of its 56 statements overlapped, 42 with the right
    /// speaker, 35 with the right act (the rules alone: 27), 51 with the right form — what the rules and the model carry
    /// to Russian they never saw. The model, counted again with it, read 45 of its acts. The rules were then fitted on its
    /// misses: fear voiced ("выразил опасение, что"), a deed held justified ("считает повышение оправданным") and pressing
    /// for a thing ("добиваются запрета") read as cues; a place after "в" ending before "на запрос"; "чиновника" the person
    /// who spoke last; a mayoralty and a department government bodies, "в департаменте" the department named before with
    /// its region, "глава ведомства" a department's head; "пресс-служба министерства" the ministry's press service named
    /// by it; a federal body's regional office named whole; members of a group ("активисты движения") speaking for it; "на
    /// её сайте" the body named last; "свой" opening the object, not the source. With the model counted again: every
    /// sentence found and none more, every statement overlapped, 54 with the right speaker, 46 acts right, 53 forms.
    /// </summary>
    [Fact]
    public void The_tenth_russian_set_measured_once_keeps_what_the_drafts_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu10")));
        var drafts = DraftScore.Of(Files("HeldOutRu10"));
        Report(drafts);

        Assert.Equal((49, 56), (detection.Gold, drafts.Gold));
        Assert.True(detection.Agreed == 49 && detection.Found == 49, $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 56, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker >= 54, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 52, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 53, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu11 (farm subsidies paid late, suburban trains cancelled, an overcrowded dog shelter, items missing from a
    /// museum, a dairy plant suspended) was written apart from the rules, its acts annotated by the act codebook
    /// (docs/acts.md), and measured once when the rules fitted on HeldOutRu10 and the learned act were final: 49 of its
    /// 50 attributed sentences found and none more, 53 of its 55 statements overlapped, 49 with the right speaker, 35
    /// with the right act (the rules alone: 32), 52 with the right form — what the rules and the model carry to Russian
    /// they never saw. Then fitted: "от комментариев" opening the clause far before "отказались", the source the place
    /// after "в" right before the verb; "утверждает, что" a claim; whom it was told to ("агентству") no part of the source;
    /// "и потребовал" after the comma closing a "что" clause joined to the verb that opened it; a press service speaking
    /// for the company set off after it ("пресс-служба перевозчика, компании «…»"), an actor of its own; a lower-case
    /// quote after a company's noun no name; "городской администрации" the dateline city's administration; "Бывший" opening
    /// the sentence before a title no part of the person's name. With the model
    /// counted again: every sentence found and none more, every statement overlapped, all 55 with the right speaker, 45
    /// acts right, 54 forms.
    /// </summary>
    [Fact]
    public void The_eleventh_russian_set_measured_once_keeps_what_the_drafts_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu11")));
        var drafts = DraftScore.Of(Files("HeldOutRu11"));
        Report(drafts);

        Assert.Equal((50, 55), (detection.Gold, drafts.Gold));
        Assert.True(detection.Agreed == 50 && detection.Found == 50, $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 55, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker >= 55, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 52, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 54, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu12 (a court stopping the felling of a city park, a power line near a village, an airport closed for its
    /// runway, a hockey club's debts to its players, a bread price rise) was written apart from the rules, its acts
    /// annotated by the act codebook (docs/acts.md), and measured once when the rules fitted on HeldOutRu11 and the
    /// learned act were final: 46 of its 49 attributed sentences found and none more, 49 of its 56 statements
    /// overlapped, 44 with the right speaker, 28 with the right act (the rules alone: 28), 49 with the right form — what
    /// the rules and the model carry to Russian they never saw. The model, counted again with it, reads more of its acts.
    /// Then fitted: "комментировать не стали" refuses a comment, "выступило в поддержку" voices support, "назвала …
    /// «неуважением»" condemns, and a title too long to be a name leaves the person's name after it as the speaker: 49
    /// found, 55 overlapped, 50 with the right speaker, 42 with the right act, 55 with the right form.
    /// </summary>
    [Fact]
    public void The_twelfth_russian_set_measured_once_keeps_what_the_drafts_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu12")));
        var drafts = DraftScore.Of(Files("HeldOutRu12"));
        Report(drafts);

        Assert.Equal((49, 56), (detection.Gold, drafts.Gold));
        Assert.True(
            detection.Agreed >= 49 && detection.Found == detection.Agreed,
            $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped >= 55, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker >= 50, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 51, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 49, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    /// <summary>
    /// HeldOutRu13 (a travel agency's owner sentenced for fraud, a maternity ward closed for want of doctors, a cable car
    /// stopped with passengers in it, a plant's four-day week and layoffs, wooden houses taken off the heritage list)
    /// was written apart from the rules, its acts annotated by the act codebook (docs/acts.md), and measured once when
    /// the rules fitted on HeldOutRu12 and the learned act as logistic regression were final: 54 of its 57 attributed
    /// sentences found and one more, 53 of its 59 statements overlapped, 38 with the right speaker, 37 with the right
    /// act (the rules alone: 32; naive Bayes, the model before: 34), 51 with the right form — what the rules and the
    /// model carry to Russian they never saw. The model, trained again with it, reads 50 of its acts.
    /// Then fitted: "по версии" gives an account; "сочли … мягким" judges, its subject before a participle set off by
    /// commas, as "считают дома памятниками" does; a reporting verb after "перестали" and "как того требует" report
    /// nothing; "вину" ends a subject; a title in any case with "по" and its field, and "одна из …", run to the name after
    /// them; "пока не" opens no clause; "заведующий" and "историк" are titles; a body's noun opening a lower-case source
    /// names the body whole; a body named by its noun, "по", its portfolio and its region is what its bare noun refers
    /// to; a tour operator is a company, and one named by a place's adjective is what "в компании", its press service and
    /// the union "завода" refer to; a ministry "республики" is of the republic named before; "следствия, которое вело X"
    /// is X; "что" opening the content keeps the preposition after it; a verb after a gerund joined by "и" has the
    /// subject of the cue before. With the model trained again: every sentence found and none more, every statement
    /// overlapped, 57 with the right speaker, 56 with the right act, 57 with the right form.
    /// </summary>
    [Fact]
    public void The_thirteenth_russian_set_measured_once_keeps_what_the_drafts_reach()
    {
        var detection = DetectionScore.Of(AnnotatedArticle.In(Files("HeldOutRu13")));
        var drafts = DraftScore.Of(Files("HeldOutRu13"));
        Report(drafts);

        Assert.Equal((57, 59), (detection.Gold, drafts.Gold));
        Assert.True(detection.Agreed == 57 && detection.Found == 57, $"Found {detection.Agreed} of {detection.Gold}, {detection.Found} in all.");
        Assert.True(drafts.Overlapped == 59, $"Overlapped {drafts.Overlapped} of {drafts.Gold}.");
        Assert.True(drafts.RightSpeaker >= 57, $"Right speaker {drafts.RightSpeaker} of {drafts.Overlapped}.");
        Assert.True(drafts.RightAct >= 56, $"Right act {drafts.RightAct} of {drafts.Overlapped}.");
        Assert.True(drafts.RightForm >= 57, $"Right form {drafts.RightForm} of {drafts.Overlapped}.");
    }

    private void Report(DraftScore score)
    {
        foreach (var statement in score.Statements.Where(s => !s.Overlapped || !s.Speaker))
        {
            output.WriteLine(
                $"{Path.GetFileName(statement.TextPath)}: {statement.Statement}: " +
                    $"{(statement.Overlapped ? "drafted as " + statement.DraftedAs + " with another speaker" : "no draft overlaps it")}");
        }

        output.WriteLine(
            $"{score.Articles} articles, {score.Gold} statements, {score.Overlapped} overlapped, {score.RightSpeaker} with the right speaker, " +
                $"{score.RightAct} act, {score.RightForm} form");
    }

    public static IReadOnlyList<KeyValuePair<string, string?>> Files(string set = "Gold") => FilesIn(FolderOf(set));

    /// <summary>The articles and annotations of a gold folder, path and text, in path order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
                .Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p))).ToList();
}
