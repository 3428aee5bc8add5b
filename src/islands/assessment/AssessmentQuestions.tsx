import { EMPLOYEE_LIMITS, IT_STAFF_LIMITS, NEEDS, type AssessmentAnswers, type Need } from '../../lib/assessment/answers';
import { NumberField } from '../shared/NumberField';
import { RadioGroup } from '../shared/RadioGroup';

interface Props {
  answers: AssessmentAnswers;
  onChange(change: Partial<AssessmentAnswers>): void;
}

const NEED_CHOICES: Record<Need, { label: string; hint: string }> = {
  'after-hours': { label: 'After-hours and 24x7 cover', hint: 'nights, weekends, overnight alerts' },
  security: { label: 'Security', hint: 'EDR, SIEM monitoring, vulnerability scans, incident response' },
  cloud: { label: 'Cloud', hint: 'tenant, identity and cloud infrastructure skills' },
  compliance: { label: 'Compliance evidence', hint: 'SOC 2, HIPAA, HITRUST or PCI audits' },
  projects: { label: 'A project backlog', hint: 'work your team never gets to' },
};

export function AssessmentQuestions({ answers, onChange }: Props) {
  const toggleNeed = (need: Need, checked: boolean) => {
    const chosen = new Set(answers.needs);
    if (checked) chosen.add(need);
    else chosen.delete(need);
    onChange({ needs: NEEDS.filter((n) => chosen.has(n)), needsAnswered: true });
  };
  const noGaps = answers.needsAnswered && answers.needs.length === 0;

  return (
    <div class="questions">
      <NumberField
        inputId="question-employees"
        label="1. How many people work at the company?"
        hint="Everyone on the payroll, IT included."
        value={answers.employees}
        min={EMPLOYEE_LIMITS.min}
        max={EMPLOYEE_LIMITS.max}
        onValidChange={(employees) => onChange({ employees })}
      />
      <NumberField
        inputId="question-it-staff"
        label="2. How many of them work in IT?"
        hint="People whose main job is IT. Enter 0 if nobody does."
        value={answers.itStaff}
        min={IT_STAFF_LIMITS.min}
        max={IT_STAFF_LIMITS.max}
        onValidChange={(itStaff) => onChange({ itStaff })}
      />
      <fieldset class="field">
        <legend>3. Which gaps do you need covered?</legend>
        <p class="hint">Choose all that apply, or “none of these”.</p>
        <div class="choices">
          {NEEDS.map((need) => (
            <label class="choice" key={need}>
              <input
                type="checkbox"
                name="needs"
                value={need}
                checked={answers.needs.includes(need)}
                onChange={(event) => toggleNeed(need, event.currentTarget.checked)}
              />
              <span>
                {NEED_CHOICES[need].label} <small>({NEED_CHOICES[need].hint})</small>
              </span>
            </label>
          ))}
          <label class="choice">
            <input
              type="checkbox"
              name="needs"
              value="none"
              checked={noGaps}
              onChange={(event) =>
                onChange(event.currentTarget.checked ? { needs: [], needsAnswered: true } : { needsAnswered: false })
              }
            />
            <span>None of these</span>
          </label>
        </div>
      </fieldset>
      <RadioGroup
        legend="4. Do you run custom line-of-business systems that only your own people understand?"
        hint="For example a custom ERP module, a homegrown billing tool or warehouse scanner integrations."
        name="custom-apps"
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={answers.customApps === null ? null : answers.customApps ? 'yes' : 'no'}
        onChange={(value) => onChange({ customApps: value === 'yes' })}
      />
      <RadioGroup
        legend="5. How does leadership see IT?"
        name="it-is"
        options={[
          { value: 'capability', label: 'As a capability that helps the business compete' },
          { value: 'cost-center', label: 'As a cost center to keep as lean as possible' },
        ]}
        value={answers.itIs}
        onChange={(itIs) => onChange({ itIs })}
      />
      <RadioGroup
        legend="6. How would leadership treat an IT provider?"
        name="msp-is"
        options={[
          { value: 'partner', label: 'As a partner, judged on results' },
          { value: 'cost-lever', label: 'As a cost to push down at every renewal' },
        ]}
        value={answers.mspIs}
        onChange={(mspIs) => onChange({ mspIs })}
      />
    </div>
  );
}
