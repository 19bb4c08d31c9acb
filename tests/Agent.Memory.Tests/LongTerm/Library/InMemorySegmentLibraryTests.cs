using SegmentAI.Skills.Library;

namespace SegmentAI.Memory.Tests.LongTerm.Library;

public sealed class InMemorySegmentLibraryTests : SegmentLibraryContract
{
    protected override ISegmentLibrary CreateLibrary(TimeProvider time) => new InMemorySegmentLibrary(time);
}
