//! The questions of the 2015 GOe survey that the pipeline extracts: where each sits in a profile, the
//! stable id it gets in `data/`, its short label, the predicate of its fact sentence and the WHO-ITU
//! building block it informs. Metadata only: every figure comes from the profiles.

use readiness_core::model::{BuildingBlock, Measure};

use BuildingBlock::*;

pub struct Section {
    pub number: u8,
    /// The section title as printed after its number ("2. Legal frameworks for eHealth").
    pub title: &'static str,
}

pub const SECTIONS: [Section; 8] = [
    Section {
        number: 1,
        title: "eHealth foundations",
    },
    Section {
        number: 2,
        title: "Legal frameworks for eHealth",
    },
    Section {
        number: 3,
        title: "Telehealth",
    },
    Section {
        number: 4,
        title: "Electronic Health Records (EHRs)",
    },
    Section {
        number: 5,
        title: "Use of eLearning in health sciences",
    },
    Section {
        number: 6,
        title: "mHealth",
    },
    Section {
        number: 7,
        title: "Social media",
    },
    Section {
        number: 8,
        title: "Big data",
    },
];

/// The title of a section by number; an unknown number is a catalogue error, never an empty title.
pub fn section_title(number: u8) -> Result<&'static str, String> {
    SECTIONS
        .iter()
        .find(|s| s.number == number)
        .map(|s| s.title)
        .ok_or_else(|| format!("no survey section {number} in the catalogue"))
}

/// One yes/no question, or one programme row (which yields a level and a programme-type indicator).
pub struct Question {
    pub id: &'static str,
    pub section: u8,
    /// The question as printed, with `’` written `'`; a row is found where a line starts with it.
    pub text: &'static str,
    pub label: &'static str,
    /// Ends the fact sentence "N of M responding countries have ...", empty where no natural phrase fits.
    pub predicate: &'static str,
    pub block: BuildingBlock,
}

impl Question {
    pub fn kind(&self) -> QuestionKind {
        if matches!(self.section, 3 | 6) {
            QuestionKind::Programme
        } else {
            QuestionKind::YesNo
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    YesNo,
    Programme,
}

/// The indicator kinds a question yields, with the id suffix of each.
pub fn indicator_kinds(kind: QuestionKind) -> &'static [(Measure, &'static str)] {
    match kind {
        QuestionKind::YesNo => &[(Measure::Answer, "")],
        QuestionKind::Programme => &[
            (Measure::Level, "_level"),
            (Measure::ProgrammeType, "_type"),
        ],
    }
}

const fn q(
    id: &'static str,
    section: u8,
    text: &'static str,
    label: &'static str,
    predicate: &'static str,
    block: BuildingBlock,
) -> Question {
    Question {
        id,
        section,
        text,
        label,
        predicate,
        block,
    }
}

/// In the order they are printed within each section; the parser relies on that order where a text
/// repeats (eLearning's "Medicine" for students, then for professionals).
pub const QUESTIONS: &[Question] = &[
    q("uhc_policy", 1, "National universal health coverage policy or strategy", "National UHC policy or strategy", "a national universal health coverage policy or strategy", LeadershipGovernance),
    q("ehealth_policy", 1, "National eHealth policy or strategy", "National eHealth policy or strategy", "a national eHealth policy or strategy", StrategyInvestment),
    q("his_policy", 1, "National health information system (HIS) policy or strategy", "National HIS policy or strategy", "a national health information system policy or strategy", StrategyInvestment),
    q("telehealth_policy", 1, "National telehealth policy or strategy", "National telehealth policy or strategy", "a national telehealth policy or strategy", StrategyInvestment),
    q("funding_public", 1, "Public funding", "Public funding for eHealth", "public funding for eHealth", StrategyInvestment),
    q("funding_private", 1, "Private or commercial funding", "Private or commercial funding for eHealth", "private or commercial funding for eHealth", StrategyInvestment),
    q("funding_donor", 1, "Donor/non-public funding", "Donor or non-public funding for eHealth", "donor or non-public funding for eHealth", StrategyInvestment),
    q("funding_ppp", 1, "Public-private partnerships", "Public-private partnerships for eHealth", "public-private partnerships funding eHealth", StrategyInvestment),
    q("multilingual_policy", 1, "Policy or strategy on multilingualism", "Policy on multilingualism in eHealth", "a policy or strategy on multilingualism in eHealth", LeadershipGovernance),
    q("multilingual_sites", 1, "Government-supported Internet sites in multiple languages", "Government health sites in several languages", "government-supported Internet sites in multiple languages", ServicesApplications),
    q("training_preservice", 1, "Health sciences students – Pre-service training in eHealth", "Pre-service eHealth training of students", "pre-service training in eHealth for health sciences students", Workforce),
    q("training_inservice", 1, "Health professionals – In-service training in eHealth", "In-service eHealth training of professionals", "in-service training in eHealth for health professionals", Workforce),
    q("law_jurisdiction", 2, "Defines medical jurisdiction, liability or reimbursement of eHealth services such as telehealth", "Law: jurisdiction, liability, reimbursement", "legislation defining medical jurisdiction, liability or reimbursement of eHealth services", LegislationPolicyCompliance),
    q("law_patient_safety", 2, "Addresses patient safety and quality of care based on data quality, data transmission standards or clinical competency criteria", "Law: patient safety and quality of care", "legislation addressing patient safety and quality of care in eHealth", LegislationPolicyCompliance),
    q("law_privacy", 2, "Protects the privacy of personally identifiable data of individuals irrespective of whether it is in paper or digital format", "Law: privacy of personal data", "legislation protecting the privacy of personally identifiable data", LegislationPolicyCompliance),
    q("law_ehr_privacy", 2, "Protects the privacy of individuals' health-related data held in electronic format in an EHR", "Law: privacy of health data in an EHR", "legislation protecting the privacy of electronic patient data held in an EHR", LegislationPolicyCompliance),
    q("law_ehr_sharing_national", 2, "Governs the sharing of digital data between health professionals in other health services in the same country through the use of an EHR", "Law: EHR data sharing within the country", "legislation governing EHR data sharing between health services in the country", StandardsInteroperability),
    q("law_ehr_sharing_abroad", 2, "Governs the sharing of digital data between health professionals in health services in other countries through the use of an EHR", "Law: EHR data sharing with other countries", "legislation governing EHR data sharing with health services in other countries", StandardsInteroperability),
    q("law_research_sharing", 2, "Governs the sharing of personal and health data between research entities", "Law: data sharing between research entities", "legislation governing the sharing of health data between research entities", LegislationPolicyCompliance),
    q("law_ehr_access", 2, "Allows individuals electronic access to their own health-related data when held in an EHR", "Law: patients' electronic access to their EHR", "legislation giving individuals electronic access to their own EHR data", LegislationPolicyCompliance),
    q("law_ehr_correction", 2, "Allows individuals to demand their own health-related data be corrected when held in an EHR if it is known to be inaccurate", "Law: correction of EHR data", "legislation letting individuals have inaccurate EHR data corrected", LegislationPolicyCompliance),
    q("law_ehr_deletion", 2, "Allows individuals to demand the deletion of health-related data from their EHR", "Law: deletion of EHR data", "legislation letting individuals demand the deletion of EHR data", LegislationPolicyCompliance),
    q("law_ehr_consent", 2, "Allows individuals to specify which health-related data from their EHR can be shared with health professionals of their choice", "Law: patients choose what EHR data is shared", "legislation letting individuals choose which EHR data is shared", LegislationPolicyCompliance),
    q("law_crvs", 2, "Governs civil registration and vital statistics", "Law: civil registration and vital statistics", "legislation governing civil registration and vital statistics", LegislationPolicyCompliance),
    q("law_national_id", 2, "Governs national identification management systems", "Law: national identification systems", "legislation governing national identification management systems", LegislationPolicyCompliance),
    q("teleradiology", 3, "Teleradiology", "Teleradiology", "", ServicesApplications),
    q("teledermatology", 3, "Teledermatology", "Teledermatology", "", ServicesApplications),
    q("telepathology", 3, "Telepathology", "Telepathology", "", ServicesApplications),
    q("telepsychiatry", 3, "Telepsychiatry", "Telepsychiatry", "", ServicesApplications),
    q("remote_monitoring", 3, "Remote patient monitoring", "Remote patient monitoring", "", ServicesApplications),
    q("ehr_national", 4, "National EHR system", "National EHR system", "a national EHR system", Infrastructure),
    q("ehr_legislation", 4, "Legislation governing the use of the national EHR system", "Legislation on the national EHR system", "legislation governing the use of the national EHR system", LegislationPolicyCompliance),
    q("ehr_primary", 4, "Primary care facilities (e.g. clinics and health care centres)", "EHR in primary care facilities", "EHRs in primary care facilities", ServicesApplications),
    q("ehr_secondary", 4, "Secondary care facilities (e.g. hospitals, emergency care)", "EHR in secondary care facilities", "EHRs in secondary care facilities", ServicesApplications),
    q("ehr_tertiary", 4, "Tertiary care facilities (e.g. specialized care, referral from primary/secondary care)", "EHR in tertiary care facilities", "EHRs in tertiary care facilities", ServicesApplications),
    q("lis", 4, "Laboratory information systems", "Laboratory information systems", "laboratory information systems", ServicesApplications),
    q("pathology_is", 4, "Pathology information systems", "Pathology information systems", "pathology information systems", ServicesApplications),
    q("pharmacy_is", 4, "Pharmacy information systems", "Pharmacy information systems", "pharmacy information systems", ServicesApplications),
    q("pacs", 4, "PACS", "Picture archiving and communication systems (PACS)", "picture archiving and communication systems (PACS)", ServicesApplications),
    q("vaccination_alerts", 4, "Automatic vaccination alerting system", "Automatic vaccination alerts", "an automatic vaccination alerting system", ServicesApplications),
    q("billing", 4, "Electronic medical billing systems", "Electronic medical billing", "electronic medical billing systems", ServicesApplications),
    q("supply_chain", 4, "Supply chain management information systems", "Supply chain information systems", "supply chain management information systems", Infrastructure),
    q("hr_is", 4, "Human resources for health information systems", "Health workforce information systems", "human resources for health information systems", Workforce),
    q("elearning_students_medicine", 5, "Medicine", "eLearning for students: medicine", "eLearning in pre-service medical education", Workforce),
    q("elearning_students_dentistry", 5, "Dentistry", "eLearning for students: dentistry", "eLearning in pre-service dentistry education", Workforce),
    q("elearning_students_public_health", 5, "Public health", "eLearning for students: public health", "eLearning in pre-service public health education", Workforce),
    q("elearning_students_nursing", 5, "Nursing & midwifery", "eLearning for students: nursing and midwifery", "eLearning in pre-service nursing and midwifery education", Workforce),
    q("elearning_students_pharmacy", 5, "Pharmacy", "eLearning for students: pharmacy", "eLearning in pre-service pharmacy education", Workforce),
    q("elearning_students_biomedical", 5, "Biomedical/Life sciences", "eLearning for students: biomedical sciences", "eLearning in pre-service biomedical and life sciences education", Workforce),
    q("elearning_professionals_medicine", 5, "Medicine", "eLearning for professionals: medicine", "eLearning in in-service training of doctors", Workforce),
    q("elearning_professionals_dentistry", 5, "Dentistry", "eLearning for professionals: dentistry", "eLearning in in-service training of dentists", Workforce),
    q("elearning_professionals_public_health", 5, "Public health", "eLearning for professionals: public health", "eLearning in in-service public health training", Workforce),
    q("elearning_professionals_nursing", 5, "Nursing & midwifery", "eLearning for professionals: nursing and midwifery", "eLearning in in-service training of nurses and midwives", Workforce),
    q("elearning_professionals_pharmacy", 5, "Pharmacy", "eLearning for professionals: pharmacy", "eLearning in in-service training of pharmacists", Workforce),
    q("elearning_professionals_biomedical", 5, "Biomedical/Life sciences", "eLearning for professionals: biomedical sciences", "eLearning in in-service biomedical and life sciences training", Workforce),
    q("mhealth_toll_free", 6, "Toll-free emergency", "Toll-free emergency", "", ServicesApplications),
    q("mhealth_call_centres", 6, "Health call centres", "Health call centres", "", ServicesApplications),
    q("mhealth_reminders", 6, "Appointment reminders", "Appointment reminders", "", ServicesApplications),
    q("mhealth_telehealth", 6, "Mobile telehealth", "Mobile telehealth", "", ServicesApplications),
    q("mhealth_emergencies", 6, "Management of disasters and emergencies", "Management of disasters and emergencies", "", ServicesApplications),
    q("mhealth_adherence", 6, "Treatment adherence", "Treatment adherence", "", ServicesApplications),
    q("mhealth_mobilization", 6, "Community mobilization", "Community mobilization", "", ServicesApplications),
    q("mhealth_information", 6, "Access to information, databases and tools", "Access to information, databases and tools", "", ServicesApplications),
    q("mhealth_records", 6, "Patient records", "Patient records", "", ServicesApplications),
    q("mhealth_mlearning", 6, "mLearning", "mLearning", "", Workforce),
    q("mhealth_decision_support", 6, "Decision support systems", "Decision support systems", "", ServicesApplications),
    q("mhealth_monitoring", 6, "Patient monitoring", "Patient monitoring", "", ServicesApplications),
    q("mhealth_surveys", 6, "Health surveys", "Health surveys", "", ServicesApplications),
    q("mhealth_surveillance", 6, "Disease surveillance", "Disease surveillance", "", ServicesApplications),
    q("social_media_policy", 7, "National policy or strategy on the use of social media by government organizations", "National policy on social media use by government", "a national policy or strategy on the use of social media by government organizations", LeadershipGovernance),
    q("social_media_health", 7, "Policy or strategy makes specific reference to its use in the health domain", "Social media policy refers to health", "a social media policy that refers specifically to health", LeadershipGovernance),
    q("sm_org_promotion", 7, "Promote health messages as a part of health promotion campaigns", "Organizations: health promotion on social media", "health care organizations using social media for health promotion campaigns", ServicesApplications),
    q("sm_org_appointments", 7, "Help manage patient appointments", "Organizations: appointments via social media", "health care organizations using social media to manage appointments", ServicesApplications),
    q("sm_org_feedback", 7, "Seek feedback on services", "Organizations: feedback via social media", "health care organizations seeking feedback on social media", ServicesApplications),
    q("sm_org_announcements", 7, "Make general health announcements", "Organizations: health announcements", "health care organizations making health announcements on social media", ServicesApplications),
    q("sm_org_emergency", 7, "Make emergency announcements", "Organizations: emergency announcements", "health care organizations making emergency announcements on social media", ServicesApplications),
    q("sm_people_learn", 7, "Learn about health issues", "People: learn about health issues", "people using social media to learn about health issues", ServicesApplications),
    q("sm_people_choose", 7, "Help decide what health services to use", "People: choose health services", "people using social media to decide which health services to use", ServicesApplications),
    q("sm_people_feedback", 7, "Provide feedback to health facilities or health professionals", "People: feedback to health services", "people using social media to give feedback to health services", ServicesApplications),
    q("sm_people_campaigns", 7, "Run community-based health campaigns", "People: community health campaigns", "communities running health campaigns on social media", ServicesApplications),
    q("sm_people_forums", 7, "Participate in community-based health forums", "People: community health forums", "people taking part in community health forums on social media", ServicesApplications),
    q("big_data_health", 8, "Governing the use of big data in the health sector", "Policy on big data in the health sector", "a policy or strategy governing the use of big data in the health sector", LeadershipGovernance),
    q("big_data_private", 8, "Governing the use of big data by private companies", "Policy on big data use by private companies", "a policy or strategy governing the use of big data by private companies", LeadershipGovernance),
];
