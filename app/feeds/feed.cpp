// Placeholder until the feed reader lands (issue 6, helper "sources").
#include "feeds/feed.h"
