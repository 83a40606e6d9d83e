using Dataset.Annotations.Caching;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Validation;
using Dataset.Annotations.Tests.Incremental;

namespace Dataset.Annotations.Tests.Caching;

/// <summary>
/// What the cache writes of each stage's result reads back equal to it: every field of every record, and every
/// result a real analysis makes.
/// </summary>
public class CacheCodecTests
{
    [Fact]
    public void An_annotation_model_with_every_field_set_reads_back_equal()
    {
        var file = new FilledValues().Make<AnnotationFile>();

        Assert.Equal(file, RoundTrip(w => ModelCodec.Write(w, file), ModelCodec.ReadFile));
    }

    [Fact]
    public void An_evidence_check_with_every_field_set_reads_back_equal()
    {
        var evidence = new FilledValues().Make<CheckedEvidence>();

        Assert.Equal(evidence, RoundTrip(w => ResultCodec.Write(w, evidence), r => ResultCodec.ReadEvidence(r, evidence.Text)));
    }

    [Fact]
    public void A_coverage_with_every_field_set_reads_back_equal()
    {
        var report = new FilledValues().Make<CoverageReport>();

        Assert.Equal(report, RoundTrip(w => ResultCodec.Write(w, report), ResultCodec.ReadCoverage));
    }

    [Fact]
    public void Every_result_of_an_analysis_reads_back_equal()
    {
        var recorder = new RecordingCache();
        var files = FolderAnalysisTests.Corpus(articles: 30);
        AnalystEdits.Apply(AnalystEdits.SameAsAdded, files);
        AnalystEdits.Apply(AnalystEdits.IdDuplicated, files);
        AnalystEdits.Apply(AnalystEdits.QuoteEdited, files);
        _ = new FolderRun(files, "/corpus", cache: recorder);

        Assert.All(recorder.Files, file => Assert.Equal(file, RoundTrip(w => ModelCodec.Write(w, file), ModelCodec.ReadFile)));
        Assert.All(recorder.Evidence, evidence =>
            Assert.Equal(evidence, RoundTrip(w => ResultCodec.Write(w, evidence), r => ResultCodec.ReadEvidence(r, evidence.Text))));
        Assert.All(recorder.Checks, check =>
            Assert.Equal(check.Result, RoundTrip(w => ResultCodec.Write(w, check.Result), r => ResultCodec.ReadValidated(r, check.Input))));
        Assert.All(recorder.Coverage, report => Assert.Equal(report, RoundTrip(w => ResultCodec.Write(w, report), ResultCodec.ReadCoverage)));
        Assert.Contains(recorder.Checks, check => check.Result.Diagnostics.Any(d => d.Fixes.Count > 0));
        Assert.Contains(recorder.Checks, check => check.Result.Evidence is not null && check.Result.References.Count > 0);
        Assert.Contains(recorder.Coverage, report => report.Uncovered.Count > 0);
    }

    private static T RoundTrip<T>(Action<CacheWriter> write, Func<CacheReader, T> read)
    {
        var writer = new CacheWriter();
        write(writer);
        var bytes = writer.ToArray();
        var reader = new CacheReader(bytes, 0, bytes.Length);
        var value = read(reader);
        Assert.True(reader.AtEnd, "The reader reads every byte the writer wrote.");
        return value;
    }

    /// <summary>Runs every stage and keeps what it made.</summary>
    private sealed class RecordingCache : IStageCache
    {
        public List<AnnotationFile> Files { get; } = [];

        public List<CheckedEvidence> Evidence { get; } = [];

        public List<(FileSlice Input, ValidatedFile Result)> Checks { get; } = [];

        public List<CoverageReport> Coverage { get; } = [];

        public AnnotationFile Parse(FileChange file, Func<string, string?, AnnotationFile> parse) => Keep(Files, parse(file.Path, file.DecodedText()));

        public CheckedEvidence CheckEvidence(EvidenceWork work, Func<EvidenceWork, CheckedEvidence> check) => Keep(Evidence, check(work));

        public ValidatedFile Validate(FileSlice slice, Func<FileSlice, ValidatedFile> validate) => Keep(Checks, (slice, validate(slice))).Item2;

        public CoverageReport Cover(CoverInput input, Func<CoverInput, CoverageReport> cover) => Keep(Coverage, cover(input));

        private static T Keep<T>(List<T> list, T value)
        {
            lock (list)
            {
                list.Add(value);
            }

            return value;
        }
    }
}
