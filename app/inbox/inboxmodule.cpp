// Placeholder translation unit so the library exists before its first real source; remove it then.
namespace vigie {
void inboxModuleAnchor() {}
} // namespace vigie
