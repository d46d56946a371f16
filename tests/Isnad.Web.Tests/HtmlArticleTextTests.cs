using Isnad.Web;

namespace Isnad.Web.Tests;

/// <summary>The main text of an HTML page: which element, what is dropped, where paragraphs break.</summary>
public sealed class HtmlArticleTextTests
{
    [Fact]
    public void ArticleElementWinsOverTheRestOfThePage()
    {
        var html = "<body><header>شعار</header><main><p>خارج</p><article><p>أولى</p><p>ثانية  <b>مهمة</b></p></article></main></body>";
        Assert.Equal("أولى\n\nثانية مهمة", HtmlArticleText.Extract(html));
    }

    [Fact]
    public void MainIsUsedWhenThereIsNoArticle()
    {
        Assert.Equal("نص", HtmlArticleText.Extract("<body><nav>قائمة</nav><main><div>نص</div></main><aside>جانب</aside></body>"));
    }

    [Fact]
    public void ScriptsStylesAndFormsAreDroppedAndLineBreaksKept()
    {
        var html = "<body><style>p{}</style><p>سطر<br>تال</p><script>alert('x')</script><form><input value=x>زر</form><noscript>لا</noscript></body>";
        Assert.Equal("سطر\nتال", HtmlArticleText.Extract(html));
    }

    [Fact]
    public void EntitiesAreDecodedAndMarkupIsNotText()
    {
        Assert.Equal("<b> & \"قال\"", HtmlArticleText.Extract("<p>&lt;b&gt; &amp; &quot;قال&quot;</p>"));
    }

    [Fact]
    public void AFragmentWithoutBodyStillGivesItsText()
    {
        Assert.Equal("نص قصير", HtmlArticleText.Extract("نص   قصير"));
    }
}
