using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Caching;

/// <summary>An article's text is kept as UTF-8 and read back unchanged, whatever it holds; two are equal by path and text.</summary>
public class ArticleTextTests
{
    [Theory]
    [InlineData("The minister said: “we will not yield”.\n")]
    [InlineData("a lone surrogate \uD800 an editor's buffer may hold")]
    [InlineData("")]
    public void The_text_reads_back_as_it_was_given(string text) => Assert.Equal(text, new ArticleText("/a.txt", text).Content);

    [Fact]
    public void Articles_are_equal_by_path_and_text_whatever_form_holds_them()
    {
        var text = "Kyiv, 24 February.";

        Assert.Equal(new ArticleText("/a.txt", text), new ArticleText("/a.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.NotEqual(new ArticleText("/a.txt", text), new ArticleText("/b.txt", text));
        Assert.NotEqual(new ArticleText("/a.txt", text), new ArticleText("/a.txt", text + " "));
        Assert.NotEqual(new ArticleText("/a.txt", "\uD800"), new ArticleText("/a.txt", "\uFFFD"));
        Assert.Null(new ArticleText("/a.txt", (string?)null).Content);
    }
}
