using System.Text;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// The workspace reads a file's bytes once and decodes them itself: the text must be what <c>File.ReadAllText</c>
/// gives, whatever the file holds, and the bytes kept only when they are that text's UTF-8.
/// </summary>
public sealed class StoredTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dataset-stored-text-").FullName;

    public static TheoryData<string, byte[]> Files => new()
    {
        { "plain", Encoding.UTF8.GetBytes("speaker: lloyd-austin\n") },
        { "accents and quotes", Encoding.UTF8.GetBytes("summary: “Déjà vu” — 東京\n") },
        { "UTF-8 byte-order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("document:\n")] },
        { "UTF-16 byte-order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("document:\n")] },
        { "UTF-16 big-endian byte-order mark", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("document:\n")] },
        { "bytes that are not UTF-8", [(byte)'a', 0xC3, 0x28, (byte)'b', 0xFF] },
        { "empty", [] },
        { "one byte", [(byte)'x'] },
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_as_ReadAllText_reads_it_and_keeps_its_bytes_only_when_they_are_its_UTF_8(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name + ".txt");
        File.WriteAllBytes(path, bytes);

        var (text, utf8) = StoredText.ReadDiskWithBytes(path);

        Assert.Equal(File.ReadAllText(path), text);
        if (utf8 is not null)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(text!), utf8);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_read_undecoded_is_its_text_or_bytes_that_decode_to_it_never_both(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name + ".yaml");
        File.WriteAllBytes(path, bytes);

        var (text, utf8) = StoredText.ReadDiskContent(path);

        Assert.True(text is null != utf8 is null, "One of the two holds the content.");
        Assert.Equal(File.ReadAllText(path), text ?? Encoding.UTF8.GetString(utf8!));
        Assert.Equal(utf8, StoredText.ReadDiskWithBytes(path).Utf8);
    }

    [Fact]
    public void A_file_that_cannot_be_read_has_no_text() =>
        Assert.Equal((null, null), StoredText.ReadDiskWithBytes(Path.Combine(_folder, "missing.yaml")));
}
