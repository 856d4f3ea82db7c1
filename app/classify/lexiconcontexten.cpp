// English context words around a symptom (see lexiconcontextfr.cpp for the French ones).
#include "classify/lexicon.h"

namespace vigie {
namespace classify {

namespace {

const char *const kDrugReference =
    R"(this (med|meds|medication|medicine|drug|pill|tablet|product|stuff|crap|junk|spray|thing|garbage|poison|brand|generic)
these (pills|meds|tablets|capsules|drugs|things|sprays|gummies); those (pills|meds|tablets|capsules|drugs)
(your|these|this|the|my) (sleep|sleeping|heart|pain|new|little|night|blue|white|melatonin|bp|blood pressure) (pills|pill|meds|medication|medicine|tablets|tablet|spray|capsules|gummies|drops)
your (pills|meds|medication|medicine|product|products|drug|tablets|spray|capsules|gummies)
the (pills|meds|medication|medicine|drug|tablets|spray|generic|capsules|gummies|new meds)
(my|his|her) (meds|medication|medicine|pills|new meds|prescription|new medication|tablets); that (med|medication|pill|stuff|drug|spray)
medication; medicine; meds; drug; drugs; painkiller; painkillers; sleeping pill; sleeping pills; beta blocker; beta blockers; nsaid; nsaids; advil; tylenol; nurofen; motrin; aleve; calpol; panadol; aspirin; zzzquil; unisom; heart pills; heart tablets)";

const char *const kIntakeFirstPerson =
    R"(i (take|took|taking|started|start|tried|try|began|swallowed|used|gave); i ve been (taking|on|using); i m taking; i am taking; i was taking; i m on; i am on; i was on
after (i took|i started|he took|she took|we gave|i gave|my first|my second|his first|her first|taking my); (since|ever since) (i|he|she|we|they) (started|began|take|took|taking|have been taking|ve been taking|switched|added|gave|give|put)
(he|she) (takes|took|started|is on|was on|s on|has been taking|s been taking); (gave|give|giving) (him|her|my son|my daughter|my kid|my kids|my mum|my mom|my dad|my baby))";
const char *const kIntake = R"(after (taking|starting|using|the first|the second)
since (starting|taking|switching|using); started taking; began taking; been taking; was taking; stopped taking; on (it|this|these|them) (for|since)
taking; took; take; taken; takes; swallowed; popped; popping; prescribed; put on; started on; switched to; added)";
const char *const kDoseWord =
    R"(pill; pills; tablet; tablets; capsule; capsules; dose; doses; dosage; first dose; second dose; a spray; two sprays; sprays; each dose; every dose)";

const char *const kPerson =
    R"(mine (have|has|are|is|were|was|started|began); (it s|its|it has) been (2|3|4|5|6|7|8|9|10|two|three|four|five|a few|several) (days|nights|weeks|mornings|months); going on for; i had; i have; i ve had; i got; i ve got; i get; i was; i m; i am; i feel; i felt; i ve been; i been; i woke up; woke up; i ended up; i couldn; i can; me; personally; for me
my (son|daughter|husband|wife|mom|mum|mother|dad|father|kid|kids|child|baby|boyfriend|girlfriend|partner|sister|brother|grandma|grandmother|grandpa|grandfather|aunt|uncle|friend|patient|patients|toddler|teen|teenager|little one|roommate|boy|girl|nan|nana)
(a|one of my|my|our) (patient|patients|client|clients|customer|customers|resident|residents); our (son|daughter|kid|baby|child|little one); anyone else; anybody else; just me; only me; only one; you too; others too; me too; same here; i have it too; i get it too; happens to me; mine (started|began|did|was|is|too); my first; been getting; been having; keep getting; i keep; i ve noticed; i noticed; noticed; he had; she had; he got; she got; he was; she was; he s been; she s been; he has; she has; they had; we had)";

const char *const kWeakCausal = R"(with; within; kicked in; then; now; result; that night; the next day)";
const char *const kCausal =
    R"(ever since; afterwards; right after; it s the; it was the; its the; related to; linked to; caused by; from the; shortly after; soon after; and now; from it; from them; from this; from these; because of; due to; when; while; resulted in; led to)";
const char *const kCausalVerb =
    R"((gave|gives|give|giving) (me|us|them); (made|makes|make|making) (me|him|her|us|them|my); (is|are|was|were) making (me|my|him|her|his); caused; causes; cause; causing; triggered; triggers
it (gave|made|caused|triggered|messed|wrecked|knocked); they (gave|made|caused); this (gave|made|caused); messed (me|him|her) up; wrecked (me|him|her|my); tore up my; destroyed my; messed up my)";
const char *const kTimeLink =
    R"(is it; it s; was it; thanks; every time i take; each time i take; whenever i take; every time; whenever; since; after; on; with; from; because of; due to)";
const char *const kFirstPerson = R"(i; me; my; mine; myself; we; our; us)";
const char *const kPronoun = R"(it; they; this; that; which; these; those; this stuff; this one)";
const char *const kDeterminer =
    R"(the; a; an; my; your; his; her; their; our; this; that; these; those; some; bad; severe; mild; terrible; awful; horrible; massive; huge; nasty; really; very; such; of)";
const char *const kTreatIntent =
    R"(keeping me going; keeps me going; only thing that works; (sorted|sorts|fixed|fixes|cleared|clears|knocked|knocks) (them|it) out; (sorted|fixed|cleared|killed) (them|it); (i take|i took|took|i ll take|taking) (a|an|one|two|2|some); hot water bottle; cup of tea; nap; bed; couch; going to take; gonna take; trying; let s see; grabbing; grabbed; giving; gave (him|her|them) some; it is; and bed; going to bed; off to bed; reaching for; popping; popped; can i take; can she have; can he have; can i give; prescribed; recommended)";
const char *const kNotSymptom =
    R"(a pain; such a pain; pain in the; royal pain; pain in my wallet; sick of; sick and tired; sick beat; sick as in; dying to; dying of laughter; died laughing; killing it; to die for; you re killing me; this is killing me)";

const char *const kNegator =
    R"(no; not; never; without; none; nor; t; zero; 0; nothing; didn; don; doesn; haven; hasn; wasn; weren; isn; aren; couldn; wouldn; few; barely any; hardly any; not a single; not one; no more)";
const char *const kNotNegator =
    R"(no idea; not sure; not only; no wonder; never been so; never felt so; never been this; never had such; never had this; not just; don t know; dont know; not even sure; no joke; not gonna lie; not to mention; can t stop; couldn t stop; cannot stop; could not stop; won t stop; doesn t stop; didn t stop; can t help; won t go away; doesn t go away; didn t go away; won t quit; never stops; can t get rid of; couldn t get rid of; no clue; not kidding; don t get me wrong; can t tell; not normal; no choice; nothing to do with; without a prescription; no prescription; not only that)";
const char *const kScopeBreak =
    R"(but; except; apart from; other than; besides; though; although; however; only; just; yet; until; other then; whereas; while)";

const char *const kHypothetical =
    R"(can; could; may; might; possible; possibly; risk; risks; potential; potentially; known to; rare; rarely; common side effects; leaflet; label; list of side effects; warns; warning; would; will; supposedly; apparently; i read that; heard that; i heard)";
const char *const kQuestionWord =
    R"(is it bad if; is it normal if; is it ok if; should i worry if; does; do; is it; is this; has anyone; have you; anyone; anybody; can; could; should; will; would; what; are there; any; is that normal; normal; how; why; which)";
const char *const kConditional =
    R"(used to; afraid of; scared of; worried about; worried i; fear of; in case i; what if; if; in case of; in case; should you; whether; to avoid; to prevent; avoid; prevent)";

const char *const kNews =
    R"(fda; ema; mhra; cdc; study; studies; researchers; scientists; trial; trials; clinical trial; recall; recalled; recalls; withdrawn; according to; report says; reports; press release; news; breaking; article; journal
published; regulator; regulators; agency; health authorities; warning issued; issued a warning; reuters; ap; bbc; cnn; lawsuit; class action; investigation; headline; headlines; survey; data shows; study shows; guidance; new guidance; updates; label update)";

const char *const kFigurative =
    R"(ad; ads; advert; adverts; advertisement; advertising; commercial; commercials; campaign; marketing; slogan; politics; politicians; election; debate; president; government; the news; news; game; match; referee; team
movie; film; show; series; episode; song; music; price; prices; pricing; bill; bills; taxes; boss; manager; coworker; coworkers; monday; mondays; meeting; meetings; traffic; commute; website; app; customer service; packaging
this post; your post; this tweet; tweet; comments; thread; reading this; watching; just thinking about; thinking about it; looking at; my ex; neighbors; neighbours; homework; exams; this guy; these people; just looking)";

const char *const kIndication =
    R"(for (my|the|his|her|your|a|bad|severe|period|cramps|headaches|migraines|pain|sleep|back|tooth|fever); against; relieve; relieves; relieved; relief; treat; treats; treating; treated; cure; cures; cured; fix; fixes; fixed
helps; helped; help with; helps with; helped with; ease; eases; eased; soothe; soothes; good for; great for; best for; works for; works on; worked for; worked on; kills; killed; take care of; took care of; got rid of; gets rid of; get rid of; prevent; prevents; stops; stopped my; touches (my|the|it); the only thing that; only thing that; knocked (my|the|it); knocks (my|the|it); sorted (it|them|my|the); sorts (it|them|my|the); took the edge off; takes the edge off)";
const char *const kResolved =
    R"(sorted; sorted out; broke; knocked out; gone; went away; goes away; disappeared; vanished; cleared up; is over; relieved; eased; improved; helped; better; much better; thanks to)";
const char *const kInefficacy =
    R"(doesn t work; didn t work; does not work; did not work; not working; doesn t help; didn t help; does nothing; did nothing; didn t do anything; doesn t do anything; no effect; no difference; useless; still; ineffective; waste of money; never works; no longer works; stopped working)";

} // namespace

std::vector<LexiconBlock> englishContextBlocks()
{
    using namespace Category;
    return {{DrugReference, 0, kDrugReference},
            {Intake | Person, 0, kIntakeFirstPerson},
            {Intake, 0, kIntake},
            {Intake | DoseWord, 0, kDoseWord},
            {Person, 0, kPerson},
            {Causal | Linked, 0, kCausal},
            {Causal | Linked | CausalVerb, 0, kCausalVerb},
            {TimeLink, 0, kTimeLink},
            {FirstPerson, 0, kFirstPerson},
            {Pronoun, 0, kPronoun},
            {Determiner, 0, kDeterminer},
            {TreatIntent, 0, kTreatIntent},
            {NotSymptom, 0, kNotSymptom},
            {Causal, 0, kWeakCausal},
            {Negator, 0, kNegator},
            {NotNegator, 0, kNotNegator},
            {ScopeBreak, 0, kScopeBreak},
            {Hypothetical, 0, kHypothetical},
            {QuestionWord, 0, kQuestionWord},
            {Conditional, 0, kConditional},
            {News, 0, kNews},
            {Figurative, 0, kFigurative},
            {Indication, 0, kIndication},
            {Resolved, 0, kResolved},
            {Inefficacy, 0, kInefficacy}};
}

} // namespace classify
} // namespace vigie
