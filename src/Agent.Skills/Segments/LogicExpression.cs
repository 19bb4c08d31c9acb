using System.Text;

namespace SegmentAI.Skills.Segments;

/// <summary>Renders a segment's boolean structure by condition id, e.g. <c>(C1 AND C2) AND NOT C3</c>.</summary>
public static class LogicExpression
{
    /// <summary>The expression of <paramref name="root"/>; nested groups are parenthesized, the outermost is not.</summary>
    public static string Render(SegmentNode root)
    {
        var builder = new StringBuilder();
        Write(builder, root, outermost: true);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SegmentNode node, bool outermost)
    {
        switch (node)
        {
            case SegmentCondition condition:
                builder.Append(condition.Id ?? "?");
                break;
            case NotNode not:
                builder.Append("NOT ");
                Write(builder, not.Child, outermost: false);
                break;
            case AndNode and:
                WriteGroup(builder, and.Children, "AND", outermost);
                break;
            case OrNode or:
                WriteGroup(builder, or.Children, "OR", outermost);
                break;
        }
    }

    private static void WriteGroup(StringBuilder builder, IReadOnlyList<SegmentNode> children, string word, bool outermost)
    {
        if (children.Count == 1)
        {
            Write(builder, children[0], outermost);
            return;
        }

        if (!outermost)
        {
            builder.Append('(');
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ').Append(word).Append(' ');
            }

            Write(builder, children[i], outermost: false);
        }

        if (!outermost)
        {
            builder.Append(')');
        }
    }
}
