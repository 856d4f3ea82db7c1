#include "cli/commands.h"

#include "cli/accountcommand.h"
#include "cli/approvecommand.h"
#include "cli/auditcommand.h"
#include "cli/calendarcommand.h"
#include "cli/classifycommand.h"
#include "cli/democommand.h"
#include "cli/importschedulecommand.h"
#include "cli/inboxcommand.h"
#include "cli/initcommand.h"
#include "cli/listeningcommand.h"
#include "cli/manualcommand.h"
#include "cli/mentionscommand.h"
#include "cli/postcommand.h"
#include "cli/postscommand.h"
#include "cli/publishduecommand.h"
#include "cli/statscommand.h"

namespace vigie {
namespace cli {

namespace {
std::vector<std::unique_ptr<Command>> &commandList()
{
    static auto commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<InitCommand>());
        list.push_back(std::make_unique<DemoCommand>());
        list.push_back(std::make_unique<StatsCommand>());
        list.push_back(std::make_unique<AccountCommand>());
        list.push_back(std::make_unique<PostCommand>());
        list.push_back(std::make_unique<PostsCommand>());
        list.push_back(std::make_unique<InboxCommand>());
        list.push_back(std::make_unique<AuditCommand>());
        list.push_back(std::make_unique<CalendarCommand>());
        list.push_back(std::make_unique<ApproveCommand>());
        list.push_back(std::make_unique<PublishDueCommand>());
        list.push_back(std::make_unique<ImportScheduleCommand>());
        list.push_back(std::make_unique<ClassifyCommand>());
        list.push_back(std::make_unique<ListeningCommand>());
        list.push_back(std::make_unique<MentionsCommand>());
        list.push_back(std::make_unique<ManualCommand>());
        return list;
    }();
    return commands;
}
} // namespace

const std::vector<std::unique_ptr<Command>> &allCommands()
{
    return commandList();
}

void addCommand(std::unique_ptr<Command> command)
{
    commandList().push_back(std::move(command));
}

} // namespace cli
} // namespace vigie
