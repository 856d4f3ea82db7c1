// English lay words for side effects and symptoms, with the misspellings and verb forms people use.
#include "classify/lexicon.h"

namespace vigie {
namespace classify {

namespace {

const char *const kDizziness =
    R"(everything spinning; room was spinning; world spinning; keeled over; pass out; passing out; couldn t stand up; could barely stand; dizzy; dizziness; dizzyness; dizzines; dizy; lightheaded; light headed; head spinning; head was spinning; room spinning; room was spinning
falling over; fell over; keeps falling; falls; had a fall; vertigo; woozy; wobbly; unsteady; off balance; fainted; faint; fainting; passed out; blacked out; black out; nearly fainted; almost fainted; collapsed)";

const char *const kDigestive =
    R"(nausea; nauseous; nausious; nauseus; nauseated; queasy; sick to my stomach; sick to his stomach; sick to her stomach; felt sick; feel sick; feeling sick; made me sick; makes me sick; got sick
threw up my guts; puking my guts; dry heaving; dry heaved; gagging; spewing; hurled; the shits; throwing up; threw up; throw up; thrown up; puking; puked; puke; vomiting; vomited; vomit; vomitting; barfing; barfed; hurling; chucking up
stomach ache; stomachache; stomach aches; tummy ache; tummy aches; belly ache; bellyache; stomach pain; stomach pains; belly pain; abdominal pain; stomach cramps; cramping; gut pain; upset stomach; stomach upset
diarrhea; diarrhoea; diarhea; diarrea; diarreah; the runs; loose stools; constipated; constipation; bloated; bloating; gassy
(burned|burnt|burns|burning|burn) (my|the|his|her) (stomach|throat|gut|insides); stomach burning; burning stomach; burning sensation; heartburn; acid reflux; reflux; indigestion; loss of appetite; lost my appetite; no appetite; dry mouth; cotton mouth; metallic taste; weird taste
blood in my stool; blood in (my|his|her) (stool|urine|pee); black stool; black stools; dark urine; jaundice; yellow skin; yellow eyes; ulcer; liver damage; liver problems)";

const char *const kHeadAndSleep =
    R"(headache; headaches; headach; head ache; head pounding; head is killing me; head was killing me; stomach is killing me; stomach was killing me; splitting headache; pounding headache; migraine; migraines; migrane; migranes
drowsy; drowsiness; sleepy; sleepiness; groggy; grogginess; foggy; brain fog; foggy headed; hungover; hangover; hang over; knackered; shattered; wiped; spacey; loopy; wired; felt like death; feel like death; felt like crap; feel like crap; felt like garbage; felt like hell; tired; exhausted; exhaustion; fatigue; fatigued; wiped out; drained; no energy; lethargic; sluggish
sleep badly; slept badly; sleeping badly; not sleeping; barely sleeping; barely slept; don t feel well; didn t feel well; not feeling (well|good|great|right|myself); feeling unwell; feel unwell; don t feel right; didn t feel right; insomnia; couldn t sleep; could not sleep; can t sleep; cannot sleep; can not sleep; sleepless; up all night; awake all night; woke up every hour; waking up at night
nightmare; nightmares; night terrors; vivid dreams; weird dreams; crazy dreams; strange dreams; bad dreams; freaky dreams
restless; jittery; jumpy; anxious; anxiety; panic attack; panic attacks; nervous; on edge; irritable; agitated; mood swings; moody; depressed; depression; suicidal; dark thoughts; crying all the time
can t focus; couldn t focus; can t concentrate; couldn t concentrate; trouble concentrating; weak; weakness; muscle weakness; tendonitis; sleep paralysis; aggressive; angry all the time; rage; hyper; bouncing off the walls; won t stop crying; wouldn t stop crying; peeing all night; pee a lot; can t pee; couldn t pee; red eyes; eye pain; double vision; taste of metal; metal taste; vomited blood; vomiting blood; throwing up blood; rebound headache; rebound headaches; withdrawal; itched; ached; epipen; (25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52) bpm; (heart rate|pulse|hr) in the (30s|40s); heart (went|was going|goes|is going|going) (crazy|nuts|wild|haywire|mental); (heart rate|pulse|hr) (of|at|was|is|hit|went up to|) (95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130|131|132|133|134|135|136|137|138|139|140|141|142|143|144|145|146|147|148|149|150|151|152|153|154|155|156|157|158|159|160|161|162|163|164|165|166|167|168|169|170|171|172|173|174|175|176|177|178|179|180|181|182|183|184|185|186|187|188|189|190|191|192|193|194|195|196|197|198|199|200); (95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130|131|132|133|134|135|136|137|138|139|140|141|142|143|144|145|146|147|148|149|150|151|152|153|154|155|156|157|158|159|160|161|162|163|164|165|166|167|168|169|170|171|172|173|174|175|176|177|178|179|180|181|182|183|184|185|186|187|188|189|190|191|192|193|194|195|196|197|198|199|200) bpm; heart problem; heart problems; heart issue; (feel|felt|feeling) (really|so|very|super|awful|pretty|) (sick|ill|rough|rotten|dreadful); reduced fluid; low fluid; (mouth|throat|skin|eyes) (is|was|feels|felt|so|super|really|very|bone|) (dry|parched); leaves my mouth dry; (stool|stools|poop|poo|pee|urine|wee) (went|turned|is|are|was|were|looks|look) (black|dark|red|bloody|tarry); uti; yeast infection; thrush; cold sore; cold sores; heavy periods; missed period; missed my period; spotting; breast tenderness; sore breasts; kidney pain; hiccups; burping; bad breath; hoarse; runny nose; stuffy nose; sneezing; watery eyes; eye twitching; eye twitch; jaw clenching; clenching my jaw; teeth grinding; grinding my teeth; loss of taste; lost my sense of taste; loss of smell; acne; breakouts; dry skin; anemia; anaemia; anemic; low platelets; low potassium; kidney problems; kidney damage; pancreatitis; gastritis; stroke; heart attack; blood clot; blood clots; dvt; embolism; coma; suicide attempt; confused; confusion; disoriented; memory loss; memory problems; forgetful; hallucinations; hallucinating; hallucinated; seeing things)";

const char *const kHeartAndBreath =
    R"(palpitations; palpitation; palpatations; heart palpitations; heart going crazy; heart going nuts; heart was going crazy; heart beating out of my chest; heart pounding out of my chest; can t catch my breath; couldn t catch my breath; heart racing; racing heart; heart was racing; heart is racing; heart raced; heart pounding; pounding heart; heart was pounding
heart skipping; skipped beats; skipping beats; irregular heartbeat; fast heartbeat; rapid heartbeat; fast heart rate; tachycardia; slow heartbeat; slow heart rate; low heart rate; heart rate dropped; bradycardia; pulse dropped; low pulse
low blood pressure; blood pressure dropped; blood pressure drop; bp dropped; high blood pressure; blood pressure spiked
short of breath; shortness of breath; out of breath; breathless; couldn t breathe; could not breathe; can t breathe; cannot breathe; could barely breathe; trouble breathing; difficulty breathing; hard to breathe; struggling to breathe; wheezing; wheezy; throat closing; throat closed up; throat swelling; tight throat
chest pain; chest pains; chest tightness; tight chest; chest hurts; chest hurt; pressure in my chest)";

const char *const kSkin =
    R"(rashy; hives everywhere; broke out in hives; face blew up; lips blew up; eyes swelled shut; eyes swollen shut; rash; rashes; skin rash; hives; red spots; red patches; red blotches; blotches; welts; bumps all over; breakout; broke out; broke out in; itchy; itching; itch; itches; itchiness; scratching
allergic reaction; allergic reactions; allergy attack; anaphylaxis; anaphylactic; swell; swells; swelling up; swollen; swelling; swelled; swelled up; swollen lips; swollen face; swollen eyes; swollen tongue; swollen ankles; puffy; puffed up; puffy face
bleeding gums; gums bleeding; coughing up blood; peeing blood; blood in my pee; nosebleed; nosebleeds; nose bleed; nose bleeds; nose bleeding; bloody nose; bleeding; bled; bleeds; bruising; bruises; bruised easily; blisters; peeling skin; sunburn
sweating; sweats; sweaty; night sweats; cold sweat; cold sweats; hot flashes; hot flushes; chills; shivering; fever; feverish
hair loss; losing hair; losing my hair; hair falling out)";

const char *const kBody =
    R"(shaking; shaky; shakes; tremors; tremor; trembling; tremble; twitching; muscle pain; muscle pains; muscle aches; aches; aching; body aches; joint pain; joint pains; sore muscles; cramps; leg cramps
tingling; numbness; numb; pins and needles; freezing; frozen; (hands|feet|fingers|toes) (are|were|always|) (freezing|frozen|like ice); cold hands; cold feet; cold fingers; white fingers; ringing in my ears; ringing ears; ears ringing; ears ring; ears were ringing; ears rang; ringing; tingly; tingly lips; tingling lips; ice cold; (feet|hands|toes|fingers) (are|were|turned|went|) (ice cold|cold|purple|blue|white|numb); asthma attack; asthma attacks; asthma; syncope; sleepwalking; sleep walking; sleepwalked; wets the bed; wet the bed; wetting the bed; bedwetting; restless legs; low amniotic fluid; oligohydramnios; low birth weight; ductus; falling asleep (in|at|while|during|behind); fell asleep (in|at|while|during|behind); liver enzymes; black poop; blood sugar dropped; miscarriage; (pulse|hr|heart rate|bpm) (of|at|was|is|down to|) (25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52); tinnitus
blurry vision; blurred vision; blurry eyes; vision went blurry; double vision; dry eyes; seizure; seizures; convulsions
weight gain; gained weight; put on weight; weight loss; lost weight; erectile dysfunction; no sex drive; sex drive; dry cough; tickly cough; constant cough; coughing; low libido; no libido
emergency room; paramedics; the er; in the er; a&e; urgent care; hospital; hospitalized; hospitalised; ambulance; icu; 911; overdose; overdosed; poisoning; poisoned; died
tore up my stomach; wrecked my stomach; destroyed my stomach; messed me up; messed up my; wrecked me; felt awful; feel awful; felt terrible; feel terrible; felt horrible; felt weird; feel weird; felt off; feel off; felt funny; felt strange; not feeling well; unwell; ill
bad reaction; adverse reaction; reaction; intolerance; couldn t tolerate; could not tolerate; pain; pains; hurts; hurt)";

const char *const kDrowsy =
    R"(zonked; zonked out; knocked out; knocked me out; knocks me out; spaced out; out of it; like a zombie; zombie; zombified; out like a light; drowsy; sleepy; knocked (him|her) out)";

// What people take painkillers, sleep aids and beta-blockers for (see lexiconsymptomsfr.cpp).
const char *const kIndicationLike =
    R"(pain; pains; hurts; hurt; aches; aching; body aches; headache; headaches; head ache; migraine; migraines; head pounding; head is killing me; head was killing me; stomach is killing me; stomach was killing me; splitting headache; pounding headache; cramps; cramping; period cramps; stomach cramps; back pain; muscle pain; muscle aches; joint pain; sore muscles; toothache
fever; feverish; chills; cough; dry cough; sleep badly; slept badly; sleeping badly; not sleeping; barely sleeping; barely slept; don t feel well; didn t feel well; not feeling (well|good|great|right|myself); feeling unwell; feel unwell; don t feel right; didn t feel right; insomnia; couldn t sleep; could not sleep; can t sleep; cannot sleep; sleepless; up all night; awake all night; palpitations; palpitation; racing heart; heart racing; high blood pressure; anxiety; anxious)";

const char *const kSideEffectWords =
    R"(side effect; side effects; side affect; side affects; sideeffects; adverse effect; adverse effects; adverse event; adverse events; weird effects)";

} // namespace

std::vector<LexiconBlock> englishSymptomBlocks()
{
    using namespace Category;
    return {{Symptom, -2, kDizziness},
            {Symptom, -2, kDigestive},
            {Symptom, -2, kHeadAndSleep},
            {Symptom, -2, kHeartAndBreath},
            {Symptom, -2, kSkin},
            {Symptom, -2, kBody},
            {Symptom | Drowsy, -1, kDrowsy},
            {Symptom | IndicationLike, -2, kIndicationLike},
            {Symptom | SideEffect, -1, kSideEffectWords}};
}

} // namespace classify
} // namespace vigie
