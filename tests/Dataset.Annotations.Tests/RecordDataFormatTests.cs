using Dataset.Annotations.RecordData;

namespace Dataset.Annotations.Tests;

/// <summary>
/// The engine's encoder and the runtime's reader are the two halves of one format: what the encoder writes for every
/// annotation, read back into records and written again from those records in the reader's field order, is the same
/// to the byte; and data with a field more or a field less is refused, not misread.
/// </summary>
public class RecordDataFormatTests
{
    public static TheoryData<string> Corpora => new() { "seeds", "new-articles", "event-articles", "draft-articles", "sanction-fields", "restatements" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Records_read_back_from_the_encoded_data_encode_to_the_same_bytes(string corpus)
    {
        var files = ReadCorpus(corpus);
        var read = AnnotationReader.Read(files);
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var data = read.Files.Select(f => f.Data).ToList();

        Assert.NotEmpty(data);
        foreach (var encoded in data)
        {
            var records = new ReadBack(encoded);
            Assert.Equal(encoded, Reencode(records));
        }
    }

    [Fact]
    public void Data_with_a_field_more_or_less_is_refused()
    {
        var encoded = AnnotationReader.Read(SeedArticle.Files()).Files.First(f => f.Data.Contains("statement", StringComparison.Ordinal)).Data;

        Assert.Throws<InvalidOperationException>(() => new ReadBack(encoded + "0:"));
        Assert.ThrowsAny<Exception>(() => new ReadBack(encoded[..encoded.LastIndexOf('~')]));
    }

    private static IEnumerable<KeyValuePair<string, string?>> ReadCorpus(string corpus)
    {
        if (corpus == "seeds")
        {
            return SeedArticle.Files();
        }

        if (corpus == "event-articles")
        {
            return EventArticles.Files();
        }

        if (corpus == "draft-articles")
        {
            return DraftArticles.Files();
        }

        if (corpus == "sanction-fields")
        {
            return SanctionFieldsArticle.Files("/p/annotations");
        }

        if (corpus == "restatements")
        {
            return RestatementArticles.Files("/p/annotations");
        }

        var folder = Directory.CreateTempSubdirectory("dataset-format-").FullName;
        try
        {
            var annotations = NewArticleCorpus.Write(folder);
            return Directory.EnumerateFiles(annotations).Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p))).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The runtime's records written again, field by field in the order the runtime's reader reads them.</summary>
    private static string Reencode(ReadBack records)
    {
        var data = new RecordDataWriter();
        var path = records.Documents.Concat<object>(records.Actors).Select(Source).FirstOrDefault()
            ?? records.Statements.Select(s => s.Source.Path).FirstOrDefault()
            ?? records.Sanctions.Select(s => s.Source.Path).First();
        data.Text(path);
        data.List(records.Documents.ToList(), d =>
        {
            data.Text(d.Id.Value).Text(d.Title).Text(d.Publisher).Text(Date(d.Published)).Text(d.Dateline).Text(d.TextFile).Int(d.TextLength);
            data.Text(d.Url).Text(d.Retrieved is { } retrieved ? Date(retrieved) : null);
            data.Text(d.Wire).Text(d.Language).Flag(d.IsLanguageGuessed);
            Located(data, d.Source);
        });
        data.List(records.Actors.ToList(), a =>
        {
            data.Text(a.Id.Value).Text(a.Name).Int((int)a.Kind);
            data.List(a.Roles.ToList(), r => data.Text(r.Title).Text(r.OfId?.Value));
            data.List(a.Aliases.ToList(), alias => data.Text(alias));
            data.Text(a.Wikidata).Flag(a.IsDraft);
            Located(data, a.Source);
            data.List(a.SameAsIds.ToList(), id => data.Text(id.Value));
            data.List(a.MemberIds.ToList(), id => data.Text(id.Value));
        });
        data.List(records.Statements.ToList(), s =>
        {
            data.Text(s.Id.Value).Text(s.SpeakerId.Value).Text(s.ViaId?.Value);
            data.List(s.AudienceIds.ToList(), a => data.Text(a.Value));
            data.Int((int)s.Act).Int((int)s.Form).Text(s.SaidOn is { } said ? Date(said) : null).Text(s.Summary);
            Evidence(data, s.Evidence);
            data.Text(s.RespondsToId?.Value);
            data.List(s.SameAsIds.ToList(), id => data.Text(id.Value));
            data.List(s.DistinctFromIds.ToList(), id => data.Text(id.Value));
            data.Text(s.RestatesId?.Value);
            data.Flag(s.IsStandingPosition).Flag(s.IsDraft);
            Located(data, s.Source);
        });
        data.List(records.Sanctions.ToList(), s =>
        {
            data.Text(s.Id.Value).Text(s.ImposerId.Value);
            data.List(s.TargetIds.ToList(), t => data.Text(t.Value));
            data.Int((int)s.Status).Text(s.Reason).Text(s.Date is { } date ? Date(date) : null);
            Evidence(data, s.Evidence);
            data.List(s.Provisions.ToList(), p => data.Int((int)p.Kind).Text(p.Text).List(p.TargetIds.ToList(), t => data.Text(t.Value)));
            data.Text(s.Program)
                .Text(s.Authority)
                .Text(s.Start is { } start ? Date(start) : null)
                .Text(s.End is { } end ? Date(end) : null)
                .Text(s.ProposerId?.Value);
            data.List(s.SameAsIds.ToList(), id => data.Text(id.Value));
            data.List(s.DistinctFromIds.ToList(), id => data.Text(id.Value));
            data.Flag(s.IsDraft);
            Located(data, s.Source);
        });
        return data.ToString();
    }

    private static string? Source(object record) => record switch
    {
        Document d => d.Source.Path,
        Actor a => a.Source.Path,
        _ => null,
    };

    private static void Evidence(RecordDataWriter data, Evidence evidence) =>
        data.Text(evidence.Document.Value).Text(evidence.Exact).Text(evidence.Prefix).Text(evidence.Suffix)
            .Int(evidence.Start).Int(evidence.End).Int(evidence.StartLine).Int(evidence.EndLine);

    private static void Located(RecordDataWriter data, SourceLocation source) => data.Int(source.Line).Int(source.Column);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One file's records as the runtime reads them (a generated holder class is one of these).</summary>
    private sealed class ReadBack(string data) : ArticleRecords(new RecordDataCatalog([]), data);
}
