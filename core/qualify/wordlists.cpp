#include "wordlists.h"

#include "wordhash.h"

#include <unordered_map>
#include <unordered_set>

namespace Rebound::Core {

namespace {

// A set of words written once as one space-separated literal; lookups by view do not allocate.
class WordSet
{
public:
    explicit WordSet(const char16_t *words)
        : m_storage(QString::fromUtf16(words))
    {
        const QStringView all(m_storage);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= all.size(); ++i) {
            const bool space = i == all.size() || all.at(i).isSpace();
            if (!space && start < 0)
                start = i;
            else if (space && start >= 0) {
                m_words.insert(all.mid(start, i - start));
                start = -1;
            }
        }
    }
    bool contains(QStringView word) const { return m_words.count(word) > 0; }

private:
    QString m_storage;
    std::unordered_set<QStringView, WordHash> m_words;
};

// Pairs "typo=canonical" separated by spaces.
class SpellingMap
{
public:
    explicit SpellingMap(const char16_t *pairs)
        : m_storage(QString::fromUtf16(pairs))
    {
        const QStringView all(m_storage);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= all.size(); ++i) {
            const bool space = i == all.size() || all.at(i).isSpace();
            if (!space && start < 0)
                start = i;
            else if (space && start >= 0) {
                const QStringView pair = all.mid(start, i - start);
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                if (eq > 0)
                    m_map.emplace(pair.left(eq), pair.mid(eq + 1));
                start = -1;
            }
        }
    }
    QStringView value(QStringView key) const
    {
        const auto it = m_map.find(key);
        return it == m_map.end() ? QStringView() : it->second;
    }

private:
    QString m_storage;
    std::unordered_map<QStringView, QStringView, WordHash> m_map;
};

const SpellingMap &spelling()
{
    static const SpellingMap map(
        u"tmrw=tomorrow tmr=tomorrow tmrow=tomorrow tmrrw=tomorrow tmro=tomorrow tomorow=tomorrow "
        u"tommorow=tomorrow tommorrow=tomorrow tomorroww=tomorrow 2morrow=tomorrow 2morow=tomorrow "
        u"2moro=tomorrow tomoro=tomorrow tomm=tomorrow tomo=tomorrow tmw=tomorrow tomrw=tomorrow "
        u"2day=today tdy=today todya=today tody=today tonite=tonight 2nite=tonight tonght=tonight "
        u"pls=please plz=please pleas=please plse=please pleez=please pleeze=please plez=please pleaae=please "
        u"thx=thanks thanx=thanks thnx=thanks thnks=thanks tnx=thanks thks=thanks tks=thanks "
        u"u=you ur=your r=are yr=year yrs=years hrs=hours thru=through tho=though bc=because cuz=because "
        u"cos=because nvm=nevermind nvmd=nevermind nevermnd=nevermind appt=appointment appts=appointments "
        u"msg=message msgs=messages txt=text txts=texts txting=texting texing=texting txtin=texting "
        u"pic=photo pics=photos possable=possible possibel=possible somwhere=somewhere somewere=somewhere "
        u"everywere=everywhere everywher=everywhere evrywhere=everywhere everwhere=everywhere "
        u"basment=basement basemnt=basement cieling=ceiling celing=ceiling ceilling=ceiling cealing=ceiling "
        u"furnance=furnace furnice=furnace furnase=furnace furnis=furnace thermastat=thermostat "
        u"thermostate=thermostat thermistat=thermostat themostat=thermostat thermostad=thermostat "
        u"sprinkeler=sprinkler sprinler=sprinkler sprikler=sprinkler sprinklers=sprinklers "
        u"toliet=toilet toilette=toilet toillet=toilet tiolet=toilet faucett=faucet facet=faucet fawcet=faucet "
        u"leek=leak leeks=leaks leeking=leaking leakin=leaking leaky=leaky drippin=dripping comin=coming "
        u"goin=going runnin=running blowin=blowing workin=working lookin=looking gettin=getting tryin=trying "
        u"nothin=nothing somethin=something pourin=pouring sparkin=sparking smokin=smoking "
        u"b4=before electrition=electrician electritian=electrician electricain=electrician plumer=plumber "
        u"emergancy=emergency emergecy=emergency emergeny=emergency emergencey=emergency emergncy=emergency "
        u"urgant=urgent estamate=estimate estimite=estimate qoute=quote quot=quote "
        u"porfa=porfavor xfa=porfavor xfavor=porfavor porfis=porfavor q=que xq=porque pq=porque porq=porque "
        u"tmb=tambien tb=tambien aorita=ahorita orita=ahorita ahorra=ahora "
        u"k=ok kk=ok okay=ok okk=ok oki=ok okey=ok okie=ok okey-dokey=ok "
        u"yea=yes yeah=yes yep=yes yup=yes ye=yes yess=yes nope=no nah=no "
        u"gutter=gutter gutterz=gutters guters=gutters shingels=shingles shingle=shingle "
        u"breakers=breakers braker=breaker brakers=breakers outlit=outlet outlits=outlets "
        u"generater=generator genorator=generator chargor=charger irigation=irrigation "
        u"heatr=heater heather=heater watter=water wtr=water pipe=pipe pipez=pipes "
        u"reccomend=recommend recomend=recommend availible=available avail=available "
        u"facuet=faucet fuacet=faucet fawcett=faucet sinc=sink toliets=toilets toilit=toilet toilett=toilet "
        u"heatter=heater heator=heater hearter=heater watr=water sewar=sewer sewge=sewage sewerage=sewage "
        u"drane=drain draine=drain cloged=clogged clogd=clogged clogget=clogged clouged=clogged "
        u"leeked=leaked leakd=leaked leakinng=leaking leacking=leaking lekaing=leaking "
        u"furnce=furnace furance=furnace frunace=furnace thermistat=thermostat "
        u"thermastate=thermostat thermstat=thermostat airconditioner=ac airconditioning=ac "
        u"conditoner=conditioner conditionar=conditioner condtioner=conditioner compresser=compressor "
        u"ductwrk=ductwork duckwork=ductwork humidifer=humidifier purifer=purifier "
        u"electican=electrician electricion=electrician electrican=electrician eletrician=electrician "
        u"breakr=breaker outets=outlets outlett=outlet swich=switch swtich=switch "
        u"chandelere=chandelier chandeleir=chandelier ceilng=ceiling celling=ceiling flickring=flickering "
        u"flikering=flickering genrator=generator "
        u"guttters=gutters gutteres=gutters guters=gutters shingels=shingles shingals=shingles shinggles=shingles "
        u"chimny=chimney chimmney=chimney skylite=skylight flasing=flashing rooof=roof rufe=roof "
        u"sprinkers=sprinklers sprinkes=sprinklers irragation=irrigation irigation=irrigation "
        u"lawnmower=mower mowin=mowing moeing=mowing trimmin=trimming pavors=pavers pavars=pavers "
        u"retainning=retaining landscapeing=landscaping lanscaping=landscaping "
        u"emergancy=emergency emergecny=emergency emerg=emergency emergncy=emergency urgnt=urgent "
        u"tommrow=tomorrow tommorw=tomorrow tomorrrow=tomorrow tmorrow=tomorrow "
        u"asp=asap aasap=asap whenevr=whenever whenver=whenever sumtime=sometime somtime=sometime "
        u"estimat=estimate qoute=quote quotr=quote appointmnet=appointment apointment=appointment "
        u"invoce=invoice invioce=invoice warrenty=warranty waranty=warranty "
        u"unsubcribe=unsubscribe unsuscribe=unsubscribe unsubscibe=unsubscribe "
        u"pleaes=please plese=please pleasee=please thnaks=thanks thankz=thanks "
        u"adress=address addres=address adresss=address adddress=address "
        u"mañana=manana mnn=manana mñn=manana aguq=agua");
    return map;
}

} // namespace

QString WordLists::canonicalSpelling(const QString &raw)
{
    const QStringView fixed = spelling().value(raw);
    return fixed.isNull() ? raw : fixed.toString();
}

bool WordLists::isCommonWord(QStringView word)
{
    static const WordSet words(
        // English function words, pronouns, auxiliaries, everyday verbs, adjectives and nouns
        u"a an the and or but if so as at by for from in into of off on onto out over to up with without "
        u"about after before since until till than then that this these those there here where when what "
        u"which who whom whose why how i im ive id ill me my mine myself you your youre yours we were weve "
        u"our ours us he hes him his she shes her hers it its itself they theyre them their theirs "
        u"is are was be been being am do does did doing done have has had having will would can could "
        u"should shall may might must not no nor yes yeah ok okay sure please thanks thank thankyou "
        u"hi hey hello hiya howdy morning afternoon evening night good great fine nice cool awesome "
        u"sorry oops lol omg wow ugh hmm well just also too very really still already again now "
        u"today tonight tomorrow yesterday soon asap later week weekend month year day days time "
        u"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
        u"january february march april may june july august september october november december "
        u"spring summer fall autumn winter "
        u"need needs needed want wants wanted get got getting come coming came go going went fix fixed "
        u"fixing look looking see seen saw know knew think thought call called calling text texting "
        u"help send sent said say says tell told make made take took give gave find found try tried "
        u"work works working worked stop stopped start started keep keeps kept put set run running "
        u"leave left let lets use used using turn turned open close closed check checked "
        u"some any all every each both few lot lots many much more most less other another "
        u"one two three four five six seven eight nine ten first second last next new old big small "
        u"little bit home house place yard room kitchen bathroom bedroom garage basement attic "
        u"upstairs downstairs outside inside front back side top bottom left right corner "
        u"water air power heat gas light lights roof pipe pipes sink tub shower toilet "
        u"someone somebody anyone anybody everyone guy guys man woman people folks family "
        u"wife husband son daughter kid kids baby mom dad mother father brother sister neighbor "
        u"landlord tenant owner boss tech crew team company business office service services "
        u"job work quote estimate price cost money pay bill invoice card cash check "
        u"emergency urgent problem issue thing things stuff way address name number phone "
        u"street st ave avenue road rd drive dr lane ln blvd court ct place pl "
        u"wrong right broken leaking leak leaks clogged out off down "
        u"please pls thx ty np idk btw fyi asap rn nvm nevermind anyway anyways "
        u"just ok k kk yep yup nope nah na "
        u"again also really actually maybe probably definitely "
        u"hola buenas buenos dias tardes noches gracias muchas si no por favor porfavor "
        u"el la los las un una unos unas de del al y o pero que con sin para por en es esta estan "
        u"son soy eres somos mi mis tu tus su sus nuestro nuestra yo usted ustedes ellos ella el "
        u"necesito tengo tiene tienen quiero quiere busco hay hace ya hoy manana tarde temprano "
        u"semana mes casa agua luz aire cuando donde como cuanto cuanta quien que "
        u"bien mal muy mas menos todo toda todos nada algo alguien aqui alli ahi ahora ahorita nuevo nueva "
        u"senor senora sr sra mr mrs ms dr stop stopall unsubscribe cancel end quit revoke optout unstop start "
        u"help info alto parar baja cancelar");
    return words.contains(word);
}

bool WordLists::isFirstName(QStringView word)
{
    static const WordSet names(
        u"aaron abby abigail adam adrian aisha alan albert alex alexa alexander alexis alice alicia "
        u"allison amanda amber amy ana andre andrea andrew andy angela angie anita ann anna anne annie "
        u"anthony april ashley austin barbara beth betty beverly bill billy bob bobby bonnie brad "
        u"brandon brenda brian brittany brooke bruce bryan caleb cameron carl carla carlos carmen carol "
        u"caroline carrie casey catherine chad charles charlie chelsea cheryl chris christian christina "
        u"christine christopher cindy claire clara cody colin connie courtney craig crystal cynthia dale "
        u"dan dana daniel danielle danny darlene darren dave david dawn dean debbie deb deborah debra "
        u"denise dennis derek diana diane dolores don donald donna doug douglas dustin dylan earl eddie "
        u"edward elaine elizabeth ellen emily emma eric erica erin ethan eugene evan evelyn frank "
        u"gabriel gail gary gavin george gerald gina glenn gloria grace greg gregory hannah harold "
        u"harry heather helen henry holly howard ian isaac jack jackie jacob jake james jamie jan jane "
        u"janet janice jared jasmine jason jay jean jeff jeffrey jen jenna jennifer jenny jeremy jerry "
        u"jesse jessica jill jim jimmy jo joan joann joe joel john johnny jon jonathan jordan joseph "
        u"josh joshua joy joyce judy julia julie justin karen kate katherine kathleen kathy katie "
        u"kayla keith kelly ken kenneth kevin kim kimberly kristen kristin kyle larry laura lauren "
        u"lawrence leah lee leslie linda lisa logan lori louis lucas luke lynn madison marc marcus "
        u"margaret maria marie marilyn mark martha martin mary matt matthew megan meg melanie melissa "
        u"michael michelle mike mitchell molly monica morgan nancy natalie nathan neil nicholas nick "
        u"nicole noah olivia pam pamela pat patricia patrick paul paula peggy peter pete phil phillip "
        u"rachel ralph randy ray raymond rebecca regina renee rhonda richard rick rita rob robert robin "
        u"roger ron ronald rose ruby russell ruth ryan sally sam samantha samuel sandra sandy sara sarah "
        u"scott sean seth shane shannon sharon shawn shelby sheila sherry shirley stacy stephanie "
        u"stephen steve steven sue susan tammy tanya tara tasha ted teresa terry theresa thomas tim "
        u"timothy tina todd tom tommy tony tracy travis trevor troy tyler valerie vanessa vicki victor "
        u"victoria vincent virginia walter wanda wayne wendy whitney william willie zach zachary "
        u"abel adriana alberto alejandra alejandro alfredo alma alonso alvaro amparo angel antonio "
        u"araceli armando arturo beatriz benito blanca camila carina carolina cecilia cesar cristina "
        u"cruz diego dolores eduardo elena elsa emilio enrique ernesto esperanza esteban eva fabiola "
        u"felipe fernanda fernando francisco gabriela gerardo gilberto graciela guadalupe guillermo "
        u"gustavo hector hilda hugo ignacio irma isabel ismael ivan jaime javier jesus jorge josefina "
        u"juan juana julio leticia lorena lourdes lucia luis luz manuel marco marcos margarita maribel "
        u"maricela mariana mario marisol marta martha mateo miguel mireya monica nicolas norma octavio "
        u"oscar pablo patricia pedro rafael ramon raul reyna ricardo roberto rocio rodrigo rogelio "
        u"rosa rosario ruben salvador santiago sergio silvia sofia sonia teresa tomas veronica "
        u"vicente yesenia yolanda "
        u"abe ada addison adrienne aiden al alana alec alexandra ali alisha allen alyssa amelia andres angelo "
        u"annette antoine april arlene arnold art ashton audrey aubrey autumn ava avery bailey barry beatrice "
        u"becky ben benjamin bernard bert bethany blake bob bonita brady brandi brandy brenna brent brett "
        u"bridget brittney brooklyn bryce buddy byron calvin candace cara carlton carly carmen carolyn carrie "
        u"carter cassandra cassie cecil celeste chance charlene charlotte chase chester chloe chuck clarence "
        u"claudia clay clayton clifford clint clyde colleen conner connor corey cory curtis daisy dakota dallas "
        u"damian damon dane darius darla darnell darryl daryl deanna debbie dee deena delia della derrick "
        u"desiree devin devon dexter diego dominic donovan dora doris dorothy drew duane dwayne dwight ed edgar "
        u"edith edna eileen elena eli elijah elise ella ellie elliot elsie emilia emmett erik erika ernest "
        u"esther ethel eugene faith fay felicia floyd frances francine franklin fred freddie frederick gabe "
        u"gabrielle garrett gene geneva genevieve georgia gerard gilbert ginger gladys glen gordon grady grant "
        u"greta gwen hailey hal hank harley harvey hazel heidi herbert herman hope hunter ida irene iris irving "
        u"isabella ivy jacqueline jade jamal jana jared jasmine javier jeanette jeanne jenifer jerome jess "
        u"jillian joanna jocelyn jody joey johanna jolene jonah josie juanita jude julian june kara kari karl "
        u"kathryn kay kayla kelsey kendra kenny kent kerry kristi kristina kristy kurt lacey lance lana lane "
        u"latoya laverne lawanda leon leona leroy lester levi lila lillian lily lindsay lindsey lloyd lois "
        u"lonnie loretta lorraine lou louise lucille lucy luther lydia mabel mack mackenzie malcolm mandy "
        u"marcia marcy margie marian marianne marion marjorie marla marlene marsha marshall mason max maxine "
        u"maya melinda melody mercedes meredith mia micah mickey mildred miles millie milton mindy miranda "
        u"misty mitch myra myrtle nadine naomi nate nathaniel neal nell nellie nelson nina noel nora norman "
        u"olga oliver ollie omar opal otis owen paige patsy patty paulette pearl penny perry peyton phyllis "
        u"preston priscilla quentin quinn rachael rae ramona randall reggie reid rene rex rhoda ricky riley "
        u"roberta rochelle rod rodney roland ronnie rosemary ross roxanne roy rudy rufus russ ryan sabrina "
        u"sadie sal sammy sandy savannah seth shana shari shaun shawna shelia sheri sherri sidney simon skyler "
        u"sonja sophia sophie spencer stacey stan stanley stella sterling stuart summer susie suzanne sylvia "
        u"tabitha tamara tami tammie tanisha tatiana taylor terrance terrence tessa thelma theo tiffany toby "
        u"toni tonya tracey trent tricia trina trisha tristan trudy ty tyrone valerie vera vern vernon vicky "
        u"viola violet virgil vivian wade wallace warren wendell wes wesley wilbur will willard wilma winston "
        u"wyatt yvette yvonne zoe adela agustin aida alicia alondra amalia anahi andres angelica aracely "
        u"ariana armando aurora baltazar benjamin brenda carla catalina celia concepcion consuelo dalia daniela "
        u"delfina dulce efrain elvia emiliano erika esmeralda estela eugenia fausto federico flor gisela "
        u"gloria griselda heriberto humberto ines itzel jacinto jazmin jimena joaquin jose josefa juliana "
        u"karina leonardo lilia lizbeth lupe marcela maritza maximiliano mayra mercedes minerva nayeli nelly "
        u"noemi olivia pilar ramiro rebeca refugio reina rigoberto rosalba rosalinda salma samuel saul socorro "
        u"tania teodoro trinidad ulises valeria wilfredo ximena yadira yazmin zulema");
    return names.contains(word);
}

bool WordLists::isGreeting(QStringView word)
{
    static const WordSet words(u"hi hey hello hiya howdy yo hola buenas buenos good morning afternoon evening "
                               u"tardes dias noches greetings sup");
    return words.contains(word);
}

bool WordLists::isAcknowledgement(QStringView word)
{
    static const WordSet words(u"ok yes no thanks thank you sure cool great perfect sounds good fine got it "
                               u"alright right awesome will do si gracias vale bueno claro perfecto listo dale "
                               u"muchas gracias okey np");
    return words.contains(word);
}

int WordLists::spanishMarker(QStringView word)
{
    static const WordSet strong(
        u"hola buenas buenos gracias porfavor necesito tengo tiene tenemos quiero queremos busco buscaba "
        u"puede pueden podrian podria cuanto cuanta cuando donde esta estan usted ustedes llamo llama "
        u"nombre soy somos mi mis su nuestra nuestro casa agua caliente fria luz aire manana hoy semana "
        u"que el los las del una unos unas pero muy para por con sin tambien ya nada todo porque "
        u"perdon disculpe equivoque numero senor senora favor prisa cobran cobraron techo tubo gotera "
        u"baño bano cocina fuga tapado tapo arbol pasto jardin calentador calefaccion enfria prende "
        u"funciona sirve ahorita ahora mañana lunes martes miercoles jueves viernes sabado domingo "
        u"es son hay hace se lo le me te nos sale salen dias tardes noches si dirección direccion "
        u"cerca lejos rapido pronto urgente emergencia ayuda arreglar revisar cambiar instalar"
        u" de y o en la");
    static const WordSet weak(u"no a");
    if (strong.contains(word))
        return word.size() <= 2 ? 1 : 2;
    return weak.contains(word) ? 0 : 0;
}

int WordLists::englishMarker(QStringView word)
{
    static const WordSet strong(
        u"the is are was were my our your you we they he she it its this that what when where how who "
        u"need needs have has had can could would will should please thanks thank hi hey hello yes "
        u"and of to in on at for with from just not dont cant wont isnt my me our us im ive "
        u"water heater leaking leak broken working fix come someone somebody today tomorrow "
        u"asap rush quote price much house home kitchen bathroom roof yard lawn tree power outlet "
        u"light lights ac furnace heat cold hot air sink toilet drain pipe"
        u" do does did be been an a i so but if or up out get got");
    if (strong.contains(word))
        return word.size() <= 2 ? 1 : 2;
    return 0;
}

WordLists::StreetSuffix WordLists::streetSuffix(QStringView word)
{
    static const WordSet strong(u"st str street ave av avenue dr drv drive rd road blvd blv boulevard ln lane "
                                u"ct crt court pl place pkwy pky parkway hwy highway cir circle ter terr terrace "
                                u"trl trail pike tpke turnpike expy expressway fwy freeway");
    static const WordSet weak(u"way loop run path pass row point pt cove cv bend crossing xing square sq trace "
                              u"walk alley aly plaza landing commons glen hollow ridge heights hts park manor "
                              u"mews green grove vista view hill hills creek crest knoll isle estates");
    if (strong.contains(word))
        return StreetSuffix::Strong;
    if (weak.contains(word))
        return StreetSuffix::Weak;
    return StreetSuffix::None;
}

bool WordLists::isNumberedRoad(QStringView word)
{
    static const WordSet words(u"hwy highway fm route rt rte sr cr us interstate i rr spur loop farm ranch county "
                               u"state");
    return words.contains(word);
}

bool WordLists::isSpanishStreetWord(QStringView word)
{
    static const WordSet words(u"calle avenida camino via paseo callejon circulo camino caminito vereda rancho "
                               u"plaza privada cerrada calzada");
    return words.contains(word);
}

bool WordLists::isStreetConnector(QStringView word)
{
    static const WordSet words(u"de la del las los el of the y san santa");
    return words.contains(word);
}

bool WordLists::isDirection(QStringView word)
{
    static const WordSet words(u"n s e w ne nw se sw north south east west northeast northwest southeast "
                               u"southwest");
    return words.contains(word);
}

bool WordLists::isUnitWord(QStringView word)
{
    static const WordSet words(u"apt apartment apto unit suite ste bldg building lot space spc trlr trailer rm "
                               u"room fl floor casa depto dpto departamento interior int num no");
    return words.contains(word);
}

bool WordLists::isStateCode(QStringView word)
{
    static const WordSet words(
        u"al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd "
        u"oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc alabama alaska arizona arkansas california "
        u"colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky "
        u"louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska "
        u"nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington "
        u"wisconsin wyoming");
    return words.contains(word);
}

bool WordLists::isMeasureWord(QStringView word)
{
    static const WordSet words(
        u"ft feet foot sq sqft square yrs years year yr yo months month mo mos weeks week wks wk days day "
        u"hours hour hrs hr minutes minute min mins seconds sec degrees degree deg f am pm oclock times x "
        u"people persons kids dollars bucks gallons gallon gal amp amps volt volts watt watts ton tons seer btu "
        u"stories story floors bedrooms bedroom br bath baths bathrooms car cars windows doors outlets lights "
        u"units zones inches inch miles mile mi lbs pounds k percent pieces times tickets guys techs men "
        u"of to or and more for in at on by per a an the anos años meses semanas dias horas grados pies");
    return words.contains(word);
}

bool WordLists::isNeverStreetWord(QStringView word)
{
    static const WordSet words(
        u"i me my mine you your we our us he him his she her it its they them their this that these those "
        u"is are was were be been am do does did have has had will would can could should may might must "
        u"and or but if so because then than not no dont cant wont isnt "
        u"in on at to from for with by about into after before since until over "
        u"need needs want get got come coming came go going fix fixed look see call text send please "
        u"thanks thank sorry just also still already again now today tomorrow yesterday asap "
        u"what when where how who why which there here some any all every each many much more most "
        u"times years months weeks days hours minutes people kids dollars");
    return words.contains(word);
}

bool WordLists::isAbbreviation(QStringView word)
{
    static const WordSet words(u"st ave av dr rd ln blvd ct pl pkwy hwy cir ter trl mt ft apt ste no mr mrs ms jr "
                               u"sr n s e w ne nw se sw vs etc inc co corp llc sq bldg rm fl a p m u tx ca ny fl "
                               u"sra srta");
    return words.contains(word);
}

bool WordLists::isWeekday(QStringView word)
{
    static const WordSet words(u"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
                               u"thur thurs fri sat sun lunes martes miercoles jueves viernes sabado domingo");
    return words.contains(word);
}

} // namespace Rebound::Core
