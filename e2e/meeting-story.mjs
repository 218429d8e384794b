// The story of issue 5 in one run; written as the part is built.
export async function meetingStory() {}
